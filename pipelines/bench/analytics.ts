import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openDb, type Db } from '../lib/db.ts';
import { formatCount, memoryLogger, type Logger } from '../lib/log.ts';
import { readModels } from '../lib/queries.ts';
import { WORKSPACE_ROOT } from '../lib/workspace.ts';
import { PIPELINE } from '../pipeline.ts';
import { runPipeline } from '../run-pipeline.ts';
import { influenceStage } from '../stages/influence.ts';
import { trendsStage } from '../stages/trends.ts';
import { benchFile, median, peakRssMb, type Figure } from './measure.ts';

const ANALYTIC = new Set(['influence', 'trends', 'checks']);
const SERIES_MODELS = readModels('marts').filter((model) => model.name.startsWith('fct_volume_'));

/** The generated CSV of `rows` mentions, loaded through every stage before influence (kept under data/bench/ for later runs). */
async function preparedWarehouse(rows: number, log: Logger): Promise<string> {
  const inbox = dirname(benchFile(rows, log));
  const warehouse = join(WORKSPACE_ROOT, 'data', 'bench', 'analytics', `rows-${rows}.duckdb`);
  mkdirSync(join(WORKSPACE_ROOT, 'data', 'bench', 'analytics'), { recursive: true });
  log.info(`Loading ${formatCount(rows)} mentions up to the marts (skipped when already loaded)…`);
  await runPipeline({ inbox: [inbox], warehouse, quiet: true, stages: PIPELINE.filter((stage) => !ANALYTIC.has(stage.name)) });
  return warehouse;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return (performance.now() - started) / 1000;
}

async function oneRun(db: Db, run: number): Promise<Record<string, number>> {
  const context = { db, log: memoryLogger(), now: new Date(), runId: `bench-${run}`, root: WORKSPACE_ROOT };
  const series = await timed(async () => {
    for (const model of SERIES_MODELS) await db.run(`create or replace table ${model.name} as ${model.sql}`);
  });
  const influence = await timed(() => influenceStage.run({ ...context, options: influenceStage.defaults }));
  const trends = await timed(() => trendsStage.run({ ...context, options: trendsStage.defaults }));
  return { series, influence, trends, total: series + influence + trends };
}

/** Daily/hourly series marts, the influence stage and the trends stage over `rows` generated mentions. */
export async function benchAnalytics(opts: { rows: number; log: Logger; runs?: number }): Promise<Figure[]> {
  const warehouse = await preparedWarehouse(opts.rows, opts.log);
  const db = await openDb(warehouse);
  const results: Record<string, number>[] = [];
  try {
    const counts = (await db.one<{ mentions: bigint; edges: bigint }>('select count(*) as mentions, (select count(*) from mention_topics) as edges from fct_mentions'))!;
    opts.log.info(`Benchmarking influence, trends and alerts over ${formatCount(counts.mentions)} mentions (${formatCount(counts.edges)} brand/topic matches).`);
    for (let run = 1; run <= (opts.runs ?? 3); run++) {
      results.push(await oneRun(db, run));
      const last = results.at(-1)!;
      opts.log.info(`  run ${run}: series ${last.series.toFixed(2)} s, influence ${last.influence.toFixed(2)} s, trends ${last.trends.toFixed(2)} s`);
    }
  } finally {
    db.close();
  }
  const of = (key: string) => Math.round(median(results.map((r) => r[key])) * 100) / 100;
  const target = `≤ ${((30 * opts.rows) / 1_000_000).toFixed(opts.rows >= 1_000_000 ? 0 : 1)} s${opts.rows === 1_000_000 ? '' : ' (30 s per 1M)'}`;
  return [
    { name: 'series marts (fct_volume_daily, fct_volume_hourly)', value: of('series'), unit: 's' },
    { name: 'influence stage (graph, PageRank, dim_authors, advocates)', value: of('influence'), unit: 's' },
    { name: 'trends stage (spikes, drivers, emerging terms)', value: of('trends'), unit: 's' },
    { name: `influence + trends + alerts, ${formatCount(opts.rows)} mentions`, value: of('total'), unit: 's', target },
    { name: 'peak RSS, analytics bench', value: Math.round(peakRssMb()), unit: 'MB' },
  ];
}
