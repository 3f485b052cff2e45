import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INFLUENCE_FORMULA } from '../../pipelines/influence/formula.ts';
import type { Db } from '../../pipelines/lib/db.ts';
import { memoryLogger } from '../../pipelines/lib/log.ts';
import { influenceStage } from '../../pipelines/stages/influence.ts';
import { sampleWarehouse, truth } from '../trends/sample-warehouse.ts';
import { libraryPagerank } from './library-pagerank.ts';

let db: Db;
beforeAll(async () => {
  ({ db } = await sampleWarehouse('influence'));
}, 180_000);
afterAll(() => db?.close());

interface Ranked { author_key: string; platform: string; influence_score: number; influence_rank: bigint }

describe('influence on the bundled sample', () => {
  it('ranks the five planted influencers at the top of their platforms', async () => {
    const rows = await db.all<Ranked>('select author_key, platform, influence_score, influence_rank from dim_authors order by platform, influence_rank');
    const planted = truth.influencers.map((i: { platform: string; handle: string }) => `${i.platform}:${i.handle}`);
    const byKey = new Map(rows.map((row) => [row.author_key, row]));
    for (const key of planted) expect(Number(byKey.get(key)?.influence_rank), key).toBeLessThanOrEqual(10);
    // Stronger than the issue asks: on each platform the planted accounts are exactly the first ranks.
    for (const platform of new Set<string>(planted.map((key: string) => key.split(':')[0]))) {
      const ours = planted.filter((key: string) => key.startsWith(`${platform}:`)).sort();
      const top = rows.filter((row) => row.platform === platform).slice(0, ours.length).map((row) => row.author_key).sort();
      expect(top, platform).toEqual(ours);
    }
  });

  it('stores the PageRank graphology-metrics computes on the same interaction graph, within 1e-9', async () => {
    const edges = await db.all<{ source_key: string; target_key: string; weight: number }>(
      'select source_key, target_key, weight::double as weight from int_interactions order by source_key, target_key',
    );
    const authors = await db.all<{ author_key: string; pagerank: number }>('select author_key, pagerank from dim_authors order by author_key');
    expect(edges.length).toBeGreaterThan(100);
    const library = libraryPagerank(
      authors.map((a) => a.author_key),
      { sources: edges.map((e) => e.source_key), targets: edges.map((e) => e.target_key), weights: edges.map((e) => e.weight) },
      { alpha: INFLUENCE_FORMULA.alpha },
    );
    for (const author of authors) expect(Math.abs(author.pagerank - library.get(author.author_key)!), author.author_key).toBeLessThanOrEqual(1e-9);
    // Accounts that are only @mentioned are nodes too: the values of the authors alone stay below one.
    expect(library.size).toBeGreaterThan(authors.length);
  });

  it('scores 0–100 within each platform and records the formula version on every row and in pipeline_runs', async () => {
    const platforms = await db.all<{ platform: string; low: number; high: number; versions: string[] }>(
      'select platform, min(influence_score) as low, max(influence_score) as high, list(distinct formula_version) as versions from dim_authors group by platform',
    );
    for (const p of platforms) {
      expect(p.low, p.platform).toBeGreaterThanOrEqual(0);
      expect(p.high, p.platform).toBeLessThanOrEqual(100);
      expect(p.versions).toEqual([INFLUENCE_FORMULA.version]);
    }
    const run = await db.one<{ options: string }>("select options from pipeline_runs where stage = 'influence' and status = 'succeeded' order by started_at desc limit 1");
    expect(JSON.parse(run!.options).formulaVersion).toBe(INFLUENCE_FORMULA.version);
  });

  it('appends history on each run and leaves earlier versions untouched', async () => {
    await db.run("insert into fct_author_influence_history values ('old-run', 'influence-v0', 'x:mayaeats', 12.5, timestamptz '2026-01-01 00:00:00+00')");
    const before = Number((await db.one<{ n: bigint }>('select count(*) as n from fct_author_influence_history'))!.n);
    const authors = Number((await db.one<{ n: bigint }>('select count(*) as n from dim_authors'))!.n);
    await influenceStage.run({ db, options: influenceStage.defaults, log: memoryLogger(), now: new Date('2026-11-02T00:00:00Z'), runId: 'second', root: '.' });
    const history = await db.all<{ run_id: string; formula_version: string; n: bigint }>(
      'select run_id, formula_version, count(*) as n from fct_author_influence_history group by all order by run_id',
    );
    expect(Number((await db.one<{ n: bigint }>('select count(*) as n from fct_author_influence_history'))!.n)).toBe(before + authors);
    expect(history.find((h) => h.run_id === 'old-run')).toMatchObject({ formula_version: 'influence-v0', n: 1n });
    expect(history.find((h) => h.run_id === 'second')).toMatchObject({ formula_version: INFLUENCE_FORMULA.version, n: BigInt(authors) });
  });

  it('refuses to label scores with a formula version the code does not compute', async () => {
    const run = influenceStage.run({ db, options: { ...influenceStage.defaults, formulaVersion: 'influence-v0' }, log: memoryLogger(), now: new Date(), runId: 'x', root: '.' });
    await expect(run).rejects.toThrow(/asked for formula influence-v0, but this code computes influence-v1/);
  });

  it('lists advocates and detractors per brand by influence × net sentiment', async () => {
    const rows = await db.all<{ brand_id: string; role: string; net_sentiment: number; advocacy_score: number; role_rank: bigint }>(
      'select brand_id, role, net_sentiment, advocacy_score, role_rank from fct_brand_advocates order by brand_id, role, role_rank',
    );
    const pakkit = rows.filter((r) => r.brand_id === 'pakkit');
    expect(pakkit.some((r) => r.role === 'advocate')).toBe(true);
    expect(pakkit.some((r) => r.role === 'detractor')).toBe(true);
    for (const r of rows) expect(Math.sign(r.net_sentiment)).toBe(r.role === 'advocate' ? 1 : -1);
    for (const role of ['advocate', 'detractor']) {
      const scores = pakkit.filter((r) => r.role === role).map((r) => Math.abs(r.advocacy_score));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores.length).toBeLessThanOrEqual(influenceStage.defaults.advocatesPerBrand);
    }
  });
});
