import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatCount, type Logger } from '../lib/log.ts';
import { removeDatabase } from '../lib/workspace.ts';
import { benchFile, machine, median, runChild, type Figure } from './measure.ts';

export interface BenchOptions {
  rows: number;
  stage: 'ingest' | 'sentiment' | 'topics' | 'analytics' | 'clusters' | 'reports' | 'pipeline' | 'all';
  runs: number;
  root: string;
}


async function benchIngest(options: BenchOptions, log: Logger): Promise<Figure[]> {
  const file = benchFile(options.rows, log, options.root);
  const sizeMb = statSync(file).size / 2 ** 20;
  const work = join(options.root, 'data', 'bench', 'work');
  mkdirSync(work, { recursive: true });
  const bare: number[] = [];
  const first: Record<string, number>[] = [];
  const rerun: Record<string, number>[] = [];
  for (let run = 1; run <= options.runs; run++) {
    const warehouse = join(work, `ingest-${run}.duckdb`);
    removeDatabase(warehouse);
    removeDatabase(join(work, 'bare.duckdb'));
    bare.push((await runChild(['bare', file, join(work, 'bare.duckdb')])).seconds);
    first.push(await runChild(['ingest', file, warehouse]));
    rerun.push(await runChild(['ingest', file, warehouse]));
    const f = first.at(-1)!;
    log.info(`  run ${run}/${options.runs}: bare ${bare.at(-1)!.toFixed(2)} s, ingest ${f.ingest.toFixed(2)} s, canonical mentions ${f.canonical.toFixed(2)} s, re-run ${rerun.at(-1)!.pipeline.toFixed(2)} s`);
    removeDatabase(warehouse);
  }
  rmSync(work, { recursive: true, force: true });
  const ingest = median(first.map((f) => f.ingest));
  const staged = median(first.map((f) => f.pipeline + f.canonical));
  const bareSeconds = median(bare);
  const again = median(rerun.map((r) => r.pipeline));
  return [
    { name: `input: generic CSV, ${formatCount(options.rows)} mentions`, value: Math.round(sizeMb), unit: 'MB' },
    { name: 'DuckDB read_csv → table (bare, same file)', value: bareSeconds, unit: 's' },
    { name: 'ingest stage (hash, sniff, load, line numbers, rejects)', value: ingest, unit: 's' },
    { name: 'ingest throughput as a ratio of bare read_csv', value: bareSeconds / ingest, unit: '×', target: '≥ 0.5' },
    { name: 'ingest + staging, canonical mentions materialized', value: staged, unit: 's', target: options.rows === 1_000_000 ? '≤ 6 s' : undefined },
    { name: 'peak RSS, ingest + staging', value: median(first.map((f) => f.rssMb)), unit: 'MB', target: options.rows >= 10_000_000 ? '≤ 4096 MB' : '≤ 1536 MB' },
    { name: 're-run with nothing new (pipeline, in process)', value: again, unit: 's' },
    { name: 're-run cost as a share of the first run', value: (100 * again) / median(first.map((f) => f.pipeline)), unit: '%', target: '≤ 5 %' },
  ];
}

/**
 * `all` is the ingest figures (against a bare read_csv) and the whole main job, which times every stage,
 * the reports and an incremental re-run with peak RSS; the other choices time one part in isolation.
 */
export async function runBench(options: BenchOptions, log: Logger): Promise<Figure[]> {
  log.info(`Machine: ${machine()}; median of ${options.runs} run(s)`);
  const figures: Figure[] = [];
  if (options.stage === 'ingest' || options.stage === 'all') figures.push(...(await benchIngest(options, log)));
  if (options.stage === 'sentiment') {
    const { benchSentiment } = await import('./sentiment.ts');
    figures.push(...(await benchSentiment({ rows: options.rows, log, runs: options.runs })));
  }
  if (options.stage === 'topics') {
    const { benchTopics } = await import('./topics.ts');
    figures.push(...(await benchTopics({ rows: options.rows, log })));
  }
  if (options.stage === 'analytics') {
    const { benchAnalytics } = await import('./analytics.ts');
    figures.push(...(await benchAnalytics({ rows: options.rows, log, runs: options.runs })));
  }
  if (options.stage === 'clusters') {
    const { benchClusters } = await import('./clusters.ts');
    figures.push(...(await benchClusters({ rows: options.rows, log })));
  }
  if (options.stage === 'pipeline' || options.stage === 'all') {
    const { benchPipeline } = await import('./pipeline.ts');
    figures.push(...(await benchPipeline({ rows: options.rows, runs: options.runs, file: benchFile(options.rows, log, options.root), root: options.root, log })));
  }
  if (options.stage === 'reports') {
    const { benchReports } = await import('./reports.ts');
    figures.push(...(await benchReports({ rows: options.rows, log, runs: options.runs })));
  }
  return figures;
}

export function printFigures(figures: Figure[]): string {
  const width = Math.max(...figures.map((f) => f.name.length));
  return figures
    .map((f) => {
      const value = Number.isInteger(f.value) ? formatCount(f.value) : f.value.toFixed(f.value < 10 ? 2 : 1);
      return `${f.name.padEnd(width)}  ${value} ${f.unit}${f.target ? `   (target ${f.target})` : ''}`;
    })
    .join('\n');
}
