import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBDataChunk, VARCHAR } from '@duckdb/node-api';
import { openDb } from '../lib/db.ts';
import type { Logger } from '../lib/log.ts';
import { ruleScorer } from '../sentiment/rule-scorer.ts';
import { sentimentStage } from '../stages/sentiment.ts';
import { benchMentions } from './sentiment-corpus.ts';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

function ruleScorerRate(): number {
  const scorer = ruleScorer();
  const sample = [...benchMentions(20_000, { reposts: 0, exportLang: 1, seed: 3 })];
  for (const m of sample.slice(0, 2_000)) scorer.score(m.body, m.lang);
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < 1_500) for (const m of sample) (scorer.score(m.body, m.lang), n++);
  return Math.round(n / ((performance.now() - started) / 1000));
}

async function stageRuns(rows: number, runs: number, log: Logger): Promise<{ seconds: number[]; cpuSeconds: number[]; peakRssMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sentiment-'));
  const db = await openDb(join(dir, 'bench.duckdb'));
  try {
    await db.run('create table stg_mentions (mention_id varchar, platform varchar, created_at timestamptz, title varchar, body varchar, lang varchar, vendor_sentiment varchar, author_id varchar, author_handle varchar)');
    let batch: { mention_id: string; body: string; lang: string | null }[] = [];
    await db.run('create temp table bench_rows (mention_id varchar, body varchar, lang varchar)');
    const rowsAppender = await db.connection.createAppender('bench_rows');
    const append = (): void => {
      const chunk = DuckDBDataChunk.create([VARCHAR, VARCHAR, VARCHAR], batch.length);
      [batch.map((m) => m.mention_id), batch.map((m) => m.body), batch.map((m) => m.lang)].forEach((c, i) => chunk.setColumnValues(i, c));
      rowsAppender.appendDataChunk(chunk);
      batch = [];
    };
    for (const mention of benchMentions(rows)) {
      batch.push(mention);
      if (batch.length === 2048) append();
    }
    if (batch.length) append();
    rowsAppender.closeSync();
    await db.run(`insert into stg_mentions (mention_id, platform, created_at, body, lang) select mention_id, 'x', timestamptz '2026-01-01 00:00:00+00', body, lang from bench_rows`);
    await db.run('drop table bench_rows');
    await db.run('checkpoint');
    const seconds: number[] = [];
    const cpuSeconds: number[] = [];
    let peak = 0;
    for (let run = 1; run <= runs; run++) {
      await db.run('drop table if exists mention_sentiment');
      await db.run('checkpoint');
      peak = Math.max(peak, process.memoryUsage().rss);
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const started = performance.now();
      const cpu = process.cpuUsage();
      // The stage's defaults (threads on every core), with the rule scorer whatever model the workspace has.
      await sentimentStage.run({ db, options: { ...sentimentStage.defaults, scorer: 'rules' }, log, now: new Date(), runId: 'bench', root: dir });
      seconds.push((performance.now() - started) / 1000);
      const used = process.cpuUsage(cpu);
      cpuSeconds.push((used.user + used.system) / 1e6);
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      log.info(`  run ${run}/${runs}: ${seconds.at(-1)!.toFixed(2)} s, ${cpuSeconds.at(-1)!.toFixed(2)} s of CPU on all threads (load average ${loadavg()[0].toFixed(2)})`);
    }
    return { seconds, cpuSeconds, peakRssMb: Math.round(peak / 1e6) };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Rule scorer throughput on one core, and the whole sentiment stage (language + scoring + DuckDB in and out) over `rows` mentions, `runs` times. */
export async function benchSentiment(opts: { rows: number; log: Logger; runs?: number }): Promise<BenchFigure[]> {
  const machine = `${cpus().length} cores`;
  opts.log.info(`Benchmarking the rule scorer on one core (${machine}).`);
  const rate = ruleScorerRate();
  opts.log.info(`Benchmarking the sentiment stage over ${opts.rows.toLocaleString('en-US')} generated mentions.`);
  const stage = await stageRuns(opts.rows, opts.runs ?? 3, opts.log);
  const perMillion = opts.rows >= 1_000_000 ? '≤ 10 s' : `≤ ${(10 * opts.rows / 1_000_000).toFixed(1)} s (10 s per 1M)`;
  return [
    { name: 'sentiment rule scorer, one core', value: rate, unit: 'mentions/s', target: '≥ 100,000' },
    { name: `sentiment stage, ${opts.rows.toLocaleString('en-US')} mentions (${machine}), median of ${stage.seconds.length}`, value: Math.round(median(stage.seconds) * 100) / 100, unit: 's', target: perMillion },
    // On a shared machine the wall time follows the other jobs; CPU time shows the stage's own cost.
    { name: 'sentiment stage CPU time, all threads, median', value: Math.round(median(stage.cpuSeconds) * 100) / 100, unit: 's' },
    { name: 'sentiment stage peak RSS', value: stage.peakRssMb, unit: 'MB', target: '≤ 2,048' },
  ];
}
