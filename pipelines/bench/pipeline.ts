import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../lib/db.ts';
import { formatCount, type Logger } from '../lib/log.ts';
import { removeDatabase } from '../lib/workspace.ts';
import { runPipeline } from '../run-pipeline.ts';
import { median, peakRssMb, runChild, type Figure } from './measure.ts';

/** One whole main job on `inbox` into a fresh warehouse, in this process: seconds per stage and peak RSS. */
export async function pipelineChild(inbox: string, warehouse: string): Promise<Record<string, number>> {
  removeDatabase(warehouse);
  const started = performance.now();
  await runPipeline({ inbox: [inbox], warehouse, quiet: true });
  const total = (performance.now() - started) / 1000;
  const db = await openDb(warehouse, { readOnly: true });
  const stages = await db.all<{ stage: string; seconds: number }>(
    'select stage, epoch(finished_at) - epoch(started_at) as seconds from pipeline_runs order by started_at',
  );
  db.close();
  removeDatabase(warehouse);
  return { total, rssMb: peakRssMb(), ...Object.fromEntries(stages.map((s) => [`stage:${s.stage}`, s.seconds])) };
}

const TARGETS: Record<number, { seconds: number; rssMb?: number }> = { 1_000_000: { seconds: 30 }, 10_000_000: { seconds: 360, rssMb: 6144 } };

/**
 * The whole main job (every stage; reports are measured by --stage reports) on the generated CSV.
 * Seconds per million mentions are kept in data/bench/pipeline-<rows>.json, so a run at 10M also prints
 * the ratio to the last run at 1M (cost should grow linearly).
 */
export async function benchPipeline(opts: { rows: number; runs: number; file: string; root: string; log: Logger }): Promise<Figure[]> {
  const work = join(opts.root, 'data', 'bench', 'work');
  mkdirSync(work, { recursive: true });
  const results: Record<string, number>[] = [];
  for (let run = 1; run <= opts.runs; run++) {
    opts.log.info(`  whole main job on ${formatCount(opts.rows)} mentions, run ${run}/${opts.runs}…`);
    results.push(await runChild(['pipeline', join(opts.file, '..'), join(work, 'pipeline.duckdb')]));
  }
  const total = median(results.map((r) => r.total));
  const perMillion = total / (opts.rows / 1_000_000);
  const record = (rows: number) => join(opts.root, 'data', 'bench', `pipeline-${rows}.json`);
  writeFileSync(record(opts.rows), `${JSON.stringify({ rows: opts.rows, seconds: total, perMillion, measuredAt: new Date().toISOString() })}\n`);
  const target = TARGETS[opts.rows];
  const stageNames = Object.keys(results[0]).filter((key) => key.startsWith('stage:'));
  const figures: Figure[] = [
    { name: `whole main job, ${formatCount(opts.rows)} mentions (every stage, no reports)`, value: total, unit: 's', target: target ? `≤ ${target.seconds} s` : undefined },
    ...stageNames.map((key) => ({ name: `  ${key.slice(6)}`, value: median(results.map((r) => r[key] ?? 0)), unit: 's' })),
    { name: 'peak RSS, whole main job', value: median(results.map((r) => r.rssMb)), unit: 'MB', target: target?.rssMb ? `≤ ${target.rssMb} MB` : undefined },
    { name: 'seconds per million mentions', value: perMillion, unit: 's' },
  ];
  const other = opts.rows === 10_000_000 ? record(1_000_000) : opts.rows === 1_000_000 ? record(10_000_000) : undefined;
  if (other && existsSync(other)) {
    const previous = JSON.parse(readFileSync(other, 'utf8')) as { rows: number; perMillion: number };
    const [small, large] = opts.rows < previous.rows ? [perMillion, previous.perMillion] : [previous.perMillion, perMillion];
    figures.push({ name: 'seconds per million at 10M ÷ at 1M (last runs of each)', value: large / small, unit: '×', target: '≤ 1.3' });
  }
  return figures;
}
