import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipelines/lib/db.ts';
import { memoryLogger } from '../../pipelines/lib/log.ts';
import { sentimentStage, type SentimentOptions } from '../../pipelines/stages/sentiment.ts';

const STG = `create table stg_mentions (mention_id varchar, platform varchar, created_at timestamptz, title varchar, body varchar,
  lang varchar, vendor_sentiment varchar, author_id varchar, author_handle varchar)`;

const MENTIONS: Array<[string, string | null, string | null, string | null]> = [
  ['x:1', null, 'I love this phone so much!!! 😍', 'en'],
  ['x:2', null, 'I love this phone so much!!! 😍', 'en'],
  ['x:3', null, 'Bu ürün çok kötü değil ama pahalı', null],
  ['x:4', null, 'هذا المنتج سيء جدا ولا أنصح به', null],
  ['x:5', null, '', null],
  ['x:6', null, '😡😡', null],
  ['x:7', 'Great launch', null, 'EN'],
  ['x:8', null, `\uD800 broken ${'long text '.repeat(100_000)}`, null],
  ['x:9', 'Awful\u0001', 'control \u0001 characters\u0001', 'en'],
];

let dir: string;
let db: Db;
const run = (options: Partial<SentimentOptions> = {}, now = new Date('2026-03-01T12:00:00Z')) =>
  sentimentStage.run({ db, options: { ...sentimentStage.defaults, scorer: 'rules', ...options }, log: memoryLogger(), now, runId: 'test', root: dir });

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stage-sentiment-'));
  db = await openDb(join(dir, 'w.duckdb'));
  await db.run(STG);
  for (const [id, title, body, lang] of MENTIONS) {
    await db.run('insert into stg_mentions (mention_id, platform, title, body, lang) values ($id, $platform, $title, $body, $lang)', { id, platform: 'x', title, body, lang });
  }
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sentiment stage', () => {
  it('writes one row per mention with language, score, label, scorer and evidence', async () => {
    const result = await run({ workers: 0 });
    expect(result.rows).toBe(MENTIONS.length);
    const rows = await db.all<Record<string, unknown>>('select * from mention_sentiment order by mention_id');
    expect(rows.map((row) => row.mention_id)).toEqual(MENTIONS.map(([id]) => id));
    const byId = Object.fromEntries(rows.map((row) => [row.mention_id, row]));
    expect(byId['x:1']).toMatchObject({ lang: 'en', lang_source: 'export', lang_confidence: 1, sentiment_label: 'positive', scorer: 'rules-v1' });
    expect(byId['x:3']).toMatchObject({ lang: 'tr', lang_source: 'detected' });
    expect(byId['x:4']).toMatchObject({ lang: 'ar', lang_source: 'detected' });
    expect(byId['x:5']).toMatchObject({ lang: null, lang_source: 'unknown', sentiment_label: 'neutral', sentiment_score: 0 });
    expect(byId['x:6']).toMatchObject({ lang_source: 'unknown', sentiment_label: 'negative' });
    expect(byId['x:7']).toMatchObject({ lang: 'en', sentiment_label: 'positive' });
    expect(JSON.parse(String(byId['x:8'].evidence)).rules).toContain('truncated');
    expect(byId['x:9']).toMatchObject({ lang: 'en', sentiment_label: 'negative' });
    const evidence = JSON.parse(String(byId['x:3'].evidence));
    expect(evidence.rules).toContain('contrast:ama');
    expect(new Date(String(byId['x:1'].scored_at)).toISOString()).toBe('2026-03-01T12:00:00.000Z');
  });

  it('scores identical texts once', async () => {
    const log = memoryLogger();
    await sentimentStage.run({ db, options: { ...sentimentStage.defaults, scorer: 'rules', workers: 0 }, log, now: new Date(), runId: 't', root: dir });
    expect(log.lines).toContain(`Scored ${MENTIONS.length} mentions (${MENTIONS.length - 1} distinct texts) with 1 thread(s).`);
    const [a, b] = await db.all<{ evidence: string }>("select evidence from mention_sentiment where mention_id in ('x:1', 'x:2')");
    expect(a.evidence).toBe(b.evidence);
  });

  it('scores only new mentions when incremental, and everything again when not', async () => {
    await run({ workers: 0 });
    await db.run("insert into stg_mentions (mention_id, platform, body) values ('x:10', 'x', 'Terrible, awful service')");
    const second = await run({ workers: 0 });
    expect(second.rows).toBe(1);
    const third = await run({ workers: 0 });
    expect(third.rows).toBe(0);
    expect(third.warnings[0]).toMatch(/up to date/);
    const full = await run({ workers: 0, incremental: false });
    expect(full.rows).toBe(MENTIONS.length + 1);
    expect(Number((await db.one<{ n: bigint }>('select count(*) as n from mention_sentiment'))!.n)).toBe(MENTIONS.length + 1);
  });

  it('scores a mention again when its text changed (an edited post, a replaced export), keeping one row', async () => {
    await db.run("insert into stg_mentions (mention_id, platform, body, lang) values ('x:20', 'x', 'I love this, wonderful service', 'en')");
    await run({ workers: 0 });
    const before = (await db.one<{ label: string }>("select sentiment_label as label from mention_sentiment where mention_id = 'x:20'"))!;
    expect(before.label).toBe('positive');
    await db.run("update stg_mentions set body = 'Terrible, awful service, I hate it' where mention_id = 'x:20'");
    const again = await run({ workers: 0 });
    expect(again.rows).toBe(1);
    const rows = await db.all<{ label: string }>("select sentiment_label as label from mention_sentiment where mention_id = 'x:20'");
    expect(rows).toEqual([{ label: 'negative' }]);
    expect((await run({ workers: 0 })).rows).toBe(0);
  });

  it('drops rows of mentions that left stg_mentions on an incremental run', async () => {
    await run({ workers: 0 });
    await db.run("delete from stg_mentions where mention_id = 'x:2'");
    await run({ workers: 0 });
    const ids = (await db.all<{ mention_id: string }>('select mention_id from mention_sentiment order by mention_id')).map((row) => row.mention_id);
    expect(ids).toEqual(MENTIONS.map(([id]) => id).filter((id) => id !== 'x:2'));
  });

  it('gives the same results on worker threads', async () => {
    await run({ workers: 2, batchSize: 3 });
    const threaded = await db.all('select mention_id, lang, sentiment_score, sentiment_label from mention_sentiment order by mention_id');
    await run({ workers: 0, incremental: false });
    const single = await db.all('select mention_id, lang, sentiment_score, sentiment_label from mention_sentiment order by mention_id');
    expect(threaded).toEqual(single);
  });

  it('uses the constant scorer when asked', async () => {
    await run({ workers: 0, scorer: 'constant' });
    const labels = await db.all<{ sentiment_label: string; scorer: string }>('select distinct sentiment_label, scorer from mention_sentiment');
    expect(labels).toEqual([{ sentiment_label: 'neutral', scorer: 'constant:neutral' }]);
  });

  it('leaves mention_sentiment as it was, and no work tables, when scoring fails', async () => {
    await run({ workers: 0 });
    const before = await db.all('select * from mention_sentiment order by mention_id');
    await expect(run({ workers: 0, incremental: false, scorer: 'model', model: 'no/such/model.json' })).rejects.toThrow();
    expect(await db.all('select * from mention_sentiment order by mention_id')).toEqual(before);
    expect(await db.all("select table_name from duckdb_tables() where temporary union all select view_name from duckdb_views() where temporary and view_name like 'sentiment%'")).toEqual([]);
  });
});
