import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { literal, openDb } from '../lib/db.ts';
import { formatCount, memoryLogger, type Logger } from '../lib/log.ts';
import { removeDatabase } from '../lib/workspace.ts';
import { runReports } from '../reports/run-reports.ts';
import { runPipeline } from '../run-pipeline.ts';
import { median, peakRssMb, runChild, type Figure } from './measure.ts';

/** Share of new mentions added for the incremental run. */
const INCREMENT = 0.01;

/**
 * One main job in this process, as `listen run` does it (every stage, then the reports and the digest),
 * on `inboxes` into `warehouse` (kept: the incremental run goes on from it). Seconds per stage, the peak
 * RSS so far at the end of each stage, and the whole run's peak.
 */
export async function pipelineChild(inboxes: string[], warehouse: string, out: string): Promise<Record<string, number>> {
  const started = performance.now();
  const stages = await runPipeline({ inbox: inboxes, warehouse, quiet: true });
  const reportsStarted = performance.now();
  await runReports({ warehouse, out }, memoryLogger());
  const ended = performance.now();
  return {
    total: (ended - started) / 1000,
    rssMb: peakRssMb(),
    ...Object.fromEntries(stages.flatMap((s) => [[`stage:${s.stage}`, s.seconds], [`rss:${s.stage}`, s.peakRssMb ?? 0]])),
    'stage:reports': (ended - reportsStarted) / 1000,
    'rss:reports': peakRssMb(),
  };
}

/**
 * `INCREMENT` of the bench file's mentions again under new ids (same days, texts and authors), in a
 * folder of its own: what the next export of a running listening project adds. Made once, kept.
 */
async function incrementFolder(file: string, rows: number): Promise<string> {
  const dir = join(file, '..', '..', 'increment');
  const target = join(dir, 'mentions.csv');
  if (existsSync(target)) return dir;
  mkdirSync(dir, { recursive: true });
  const db = await openDb(':memory:');
  try {
    await db.run(
      `copy (select * replace ('new-' || id as id) from read_csv(${literal(file)}, delim = ',', quote = '"', escape = '"', header = true, all_varchar = true, max_line_size = 16777216, ignore_errors = true) using sample reservoir(${Math.round(rows * INCREMENT)} rows) repeatable (7))
       to ${literal(`${target}.partial`)} (header, delimiter ',')`,
    );
  } finally {
    db.close();
  }
  renameSync(`${target}.partial`, target);
  return dir;
}

const TARGETS: Record<number, { seconds: number; rssMb?: number }> = { 1_000_000: { seconds: 30 }, 10_000_000: { seconds: 360, rssMb: 6144 } };

/**
 * The whole main job as `listen run` runs it (every stage, then the reports and the digest) on the
 * generated CSV, then the same warehouse again after 1% new mentions arrive. Seconds per million
 * mentions are kept in data/bench/pipeline-<rows>.json, so a run at 10M also prints the ratio to the last
 * run at 1M (cost should grow linearly).
 */
export async function benchPipeline(opts: { rows: number; runs: number; file: string; root: string; log: Logger }): Promise<Figure[]> {
  const work = join(opts.root, 'data', 'bench', 'work');
  mkdirSync(work, { recursive: true });
  const inbox = join(opts.file, '..');
  const increment = await incrementFolder(opts.file, opts.rows);
  const warehouse = join(work, 'pipeline.duckdb');
  const out = join(work, 'reports');
  const full: Record<string, number>[] = [];
  const incremental: Record<string, number>[] = [];
  for (let run = 1; run <= opts.runs; run++) {
    removeDatabase(warehouse);
    rmSync(out, { recursive: true, force: true });
    opts.log.info(`  whole main job on ${formatCount(opts.rows)} mentions, run ${run}/${opts.runs}…`);
    full.push(await runChild(['pipeline', warehouse, out, inbox]));
    opts.log.info(`    ${full.at(-1)!.total.toFixed(1)} s; then ${formatCount(Math.round(opts.rows * INCREMENT))} new mentions…`);
    incremental.push(await runChild(['pipeline', warehouse, out, inbox, increment]));
    opts.log.info(`    ${incremental.at(-1)!.total.toFixed(1)} s`);
  }
  removeDatabase(warehouse);
  rmSync(out, { recursive: true, force: true });

  const total = median(full.map((r) => r.total));
  const perMillion = total / (opts.rows / 1_000_000);
  const record = (rows: number) => join(opts.root, 'data', 'bench', `pipeline-${rows}.json`);
  writeFileSync(record(opts.rows), `${JSON.stringify({ rows: opts.rows, seconds: total, perMillion, measuredAt: new Date().toISOString() })}\n`);
  const target = TARGETS[opts.rows];
  const stageNames = Object.keys(full[0]).filter((key) => key.startsWith('stage:')).map((key) => key.slice(6));
  const again = median(incremental.map((r) => r.total));
  const figures: Figure[] = [
    { name: `whole main job, ${formatCount(opts.rows)} mentions (every stage, reports and digest)`, value: total, unit: 's', target: target ? `≤ ${target.seconds} s` : undefined },
    ...stageNames.map((stage) => ({
      name: `  ${stage} (peak RSS so far ${Math.round(median(full.map((r) => r[`rss:${stage}`] ?? 0)))} MB)`,
      value: median(full.map((r) => r[`stage:${stage}`] ?? 0)),
      unit: 's',
    })),
    { name: 'peak RSS, whole main job', value: median(full.map((r) => r.rssMb)), unit: 'MB', target: target?.rssMb ? `≤ ${target.rssMb} MB` : undefined },
    { name: 'seconds per million mentions', value: perMillion, unit: 's' },
    { name: `re-run after ${INCREMENT * 100}% new mentions (every stage, reports and digest)`, value: again, unit: 's' },
    ...stageNames.map((stage) => ({ name: `  ${stage}`, value: median(incremental.map((r) => r[`stage:${stage}`] ?? 0)), unit: 's' })),
    { name: 're-run after 1% new mentions, as a share of the whole job', value: (100 * again) / total, unit: '%', target: '≤ 10 %' },
  ];
  const other = opts.rows === 10_000_000 ? record(1_000_000) : opts.rows === 1_000_000 ? record(10_000_000) : undefined;
  if (other && existsSync(other)) {
    const previous = JSON.parse(readFileSync(other, 'utf8')) as { rows: number; perMillion: number };
    const [small, large] = opts.rows < previous.rows ? [perMillion, previous.perMillion] : [previous.perMillion, perMillion];
    figures.push({ name: 'seconds per million at 10M ÷ at 1M (last runs of each)', value: large / small, unit: '×', target: '≤ 1.3' });
  }
  return figures;
}
