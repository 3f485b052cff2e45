import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyComments, readDictionary } from '../../pipelines/docs/apply-comments.ts';
import { openDb, type Db } from '../../pipelines/lib/db.ts';
import { QUERIES_DIR, readModels } from '../../pipelines/lib/queries.ts';
import { runCli } from '../pipeline/helpers.ts';
import { sampleWarehouse, truth } from '../trends/sample-warehouse.ts';
import { bindFailures, createScratchRelations, queryFiles } from './bind-queries.ts';

type Row = Record<string, any>;
let path: string;
let db: Db;

/** An analysis file run the way the DuckDB CLI would: variables set, then the file's text unchanged. */
async function analysis(name: string, vars: Record<string, string> = {}): Promise<Row[]> {
  for (const [key, value] of Object.entries(vars)) await db.run(`set variable ${key} = $value`, { value });
  try {
    const reader = await db.connection.runAndReadAll(readFileSync(join(QUERIES_DIR, 'analysis', `${name}.sql`), 'utf8'));
    return reader.getRowObjectsJS() as Row[];
  } finally {
    for (const key of Object.keys(vars)) await db.run(`reset variable ${key}`);
  }
}

const num = (value: unknown) => Number(value);

beforeAll(async () => {
  const sample = await sampleWarehouse('sql');
  path = sample.path;
  sample.db.close();
  db = await openDb(path, { readOnly: true });
});

afterAll(() => db?.close());

describe('queries/ on the sample warehouse', () => {
  it('binds every SQL file in queries/, stage scratch relations included', async () => {
    const files = queryFiles();
    expect(files.filter((f) => f.path.startsWith('analysis/')).length).toBeGreaterThanOrEqual(5);
    await createScratchRelations(db, files);
    expect(await bindFailures(db, files)).toEqual([]);
  });

  it('has a comment on every table, view and column, and no dictionary entry for something that is not there', async () => {
    const missing = await db.all<{ item: string }>(
      `select relation || ' (' || kind || ')' as item from (${readModels('catalog').find((m) => m.name === 'catalog_relations')!.sql}) where comment is null
       union all
       select relation || '.' || column_name from (${readModels('catalog').find((m) => m.name === 'catalog_columns')!.sql}) where comment is null`,
    );
    expect(missing.map((m) => m.item)).toEqual([]);
    const { comments, problems } = readDictionary();
    expect(problems).toEqual([]);
    const known = new Set(
      (await db.all<{ name: string }>(
        "select table_name || '.' || column_name as name from duckdb_columns() union all select table_name from duckdb_tables() union all select view_name from duckdb_views()",
      )).map((r) => r.name),
    );
    expect(comments.filter((c) => !known.has(c.column ? `${c.relation}.${c.column}` : c.relation)).map((c) => `${c.file}: ${c.relation}.${c.column ?? ''}`)).toEqual([]);
    expect(comments.find((c) => c.relation === 'fct_mentions' && c.column === 'engagement')?.text).toMatch(/likes \+ shares \+ comments/);
  });

  it('keeps comments on tables the marts stage rebuilds with create or replace', async () => {
    const [row] = await db.all<{ comment: string }>("select comment from duckdb_tables() where table_name = 'fct_share_of_voice_weekly'");
    expect(row.comment).toMatch(/Share of voice per ISO week/);
    const [column] = await db.all<{ comment: string }>("select comment from duckdb_columns() where table_name = 'stg_mentions' and column_name = 'created_at'");
    expect(column.comment).toBe('When the post was published (UTC).');
  });

  it('share of voice by week: shares add up to 1 in every week, and the platform parameter narrows it', async () => {
    const rows = await analysis('share_of_voice_weekly');
    const weeks = new Map<string, number>();
    for (const row of rows) weeks.set(String(row.created_week), (weeks.get(String(row.created_week)) ?? 0) + num(row.share_of_voice));
    expect(weeks.size).toBeGreaterThanOrEqual(9);
    for (const total of weeks.values()) expect(total).toBeCloseTo(1, 3);
    expect(new Set(rows.map((r) => r.brand_id))).toEqual(new Set(truth.brands.map((b: { key: string }) => b.key)));
    const onX = await analysis('share_of_voice_weekly', { platform: 'x' });
    expect(onX.reduce((n, r) => n + num(r.mentions), 0)).toBeLessThan(rows.reduce((n, r) => n + num(r.mentions), 0));
  });

  it('negative themes: the planted app-crash theme leads the week of the spike and grows on the week before', async () => {
    const rows = await analysis('negative_themes_week_over_week', { week: truth.spike.date });
    expect(rows[0].this_week.toISOString().slice(0, 10)).toBe('2026-10-05');
    expect(rows[0].label).toMatch(/crash/);
    expect(num(rows[0].change)).toBeGreaterThan(0);
    expect(rows.map((r) => num(r.theme_rank))).toEqual(rows.map((_, i) => i + 1));
    const latest = await analysis('negative_themes_week_over_week');
    expect(latest[0].this_week.toISOString().slice(0, 10)).toBe('2026-10-26');
  });

  it('influencers by brand: ranked by influence, every one mentioned the brand, brand and top change the list', async () => {
    const pakkit = await analysis('influencers_by_brand');
    expect(pakkit).toHaveLength(20);
    const scores = pakkit.map((r) => num(r.influence_score));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(pakkit.every((r) => num(r.brand_mentions) >= 1)).toBe(true);
    const rushbee = await analysis('influencers_by_brand', { brand: 'rushbee', top: '5' });
    expect(rushbee).toHaveLength(5);
    // The sample's influencers talk about every brand: the same people, counted on another brand's mentions.
    const [top] = await db.all<{ n: bigint }>(
      `select count(*) as n from mention_topics inner join int_mention_authors on int_mention_authors.mention_id = mention_topics.mention_id
       where mention_topics.topic_id = 'rushbee' and int_mention_authors.author_key = $author`,
      { author: rushbee[0].author_key },
    );
    expect(num(rushbee[0].brand_mentions)).toBe(Number(top.n));
    expect(rushbee.map((r) => num(r.brand_mentions))).not.toEqual(pakkit.slice(0, 5).map((r) => num(r.brand_mentions)));
  });

  it('mentions around an alert: the default alert is the planted spike, and its day has the most mentions', async () => {
    const rows = await analysis('mentions_around_alert');
    const days = new Map<number, number>();
    for (const row of rows) days.set(num(row.days_from_alert), (days.get(num(row.days_from_alert)) ?? 0) + 1);
    expect([...days.keys()].sort()).toEqual([-1, 0, 1]);
    const busiest = [...days.entries()].sort((a, b) => b[1] - a[1])[0][0];
    expect(busiest).toBe(0);
    const spikeDay = rows.filter((r) => num(r.days_from_alert) === 0).map((r) => r.created_at.toISOString().slice(0, 10));
    expect(new Set(spikeDay)).toEqual(new Set([truth.spike.date]));
    const wider = await analysis('mentions_around_alert', { days: '3' });
    expect(wider.length).toBeGreaterThan(rows.length);
  });

  it('language mix: shares add up to 1 and the counts are the sample’s planted languages', async () => {
    const rows = await analysis('language_mix');
    expect(rows.reduce((n, r) => n + num(r.share), 0)).toBeCloseTo(1, 3);
    expect(Object.fromEntries(rows.map((r) => [r.lang, num(r.mentions)]))).toEqual(truth.languages);
  });

  it('sentiment by platform by week, top posts and alert drivers return consistent rows', async () => {
    const sentiment = await analysis('sentiment_by_platform_weekly');
    expect(sentiment.reduce((n, r) => n + num(r.mentions), 0)).toBe(truth.totals.uniqueMentions);
    for (const r of sentiment) expect(num(r.positive) + num(r.negative) + num(r.neutral)).toBe(num(r.mentions));
    const posts = await analysis('top_posts_by_engagement', { brand: 'pakkit', top: '10' });
    expect(posts).toHaveLength(10);
    const engagement = posts.map((r) => num(r.engagement));
    expect(engagement).toEqual([...engagement].sort((a, b) => b - a));
    const drivers = await analysis('alert_drivers', { brand: 'pakkit' });
    expect(drivers.every((r) => r.topic_id === 'pakkit')).toBe(true);
    expect(drivers.some((r) => r.driver_kind === 'clusters' && /crash/.test(r.driver))).toBe(true);
  });

  it('listen sql analysis/NAME --param changes the result', async () => {
    const cli = (args: string[]) => runCli(['sql', 'analysis/language_mix', '--format', 'json', '--warehouse', path, ...args]);
    const all = JSON.parse((await cli([])).stdout);
    const rushbee = JSON.parse((await cli(['--param', 'brand=rushbee'])).stdout);
    const total = (rows: Row[]) => rows.reduce((n, r) => n + num(r.mentions), 0);
    expect(total(all)).toBe(truth.totals.uniqueMentions);
    const [expected] = await db.all<{ n: bigint }>("select count(*) as n from mention_topics where topic_id = 'rushbee'");
    expect(total(rushbee)).toBe(Number(expected.n));
  });

  it('writes nothing when every comment is in place (the read-only warehouse would refuse a write)', async () => {
    expect(await applyComments(db)).toEqual([]);
  });
});
