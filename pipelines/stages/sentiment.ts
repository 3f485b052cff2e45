import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { DuckDBDataChunk, INTEGER, VARCHAR, type DuckDBAppender, type DuckDBType } from '@duckdb/node-api';
import { eldDetector } from '../language/eld-detector.ts';
import type { Db } from '../lib/db.ts';
import { formatCount, type Logger } from '../lib/log.ts';
import { readModels } from '../lib/queries.ts';
import { defineStage } from '../lib/stage.ts';
import { onlyGrew } from '../lib/stage-inputs.ts';
import { createScorer, DEFAULT_MODEL_PATH, type ScorerChoice, type ScorerSpec } from '../sentiment/create-scorer.ts';
import { scoreBatch, type ScoredBatch, type TextBatch } from '../sentiment/score-batch.ts';
import { ScoringPool } from '../sentiment/worker-pool.ts';

export interface SentimentOptions {
  /** auto (trained model when `model` exists, else rules), rules, model or constant. */
  scorer: ScorerChoice;
  /** The trained model, relative to the workspace root. */
  model: string;
  /** Score only mentions not yet in mention_sentiment (and drop rows of mentions that are gone); false rescores everything. */
  incremental: boolean;
  /** Scoring threads: 0 scores on the main thread; "auto" uses every core once there are more than `parallelAbove` distinct texts. */
  workers: number | 'auto';
  parallelAbove: number;
  /** Distinct texts per batch sent to a scoring thread. */
  batchSize: number;
}

const DDL = readFileSync(new URL('../../queries/ddl/mention_sentiment.sql', import.meta.url), 'utf8');
const SQL = Object.fromEntries(readModels('sentiment').map((model) => [model.name, model.sql]));

const RESULTS_DDL = `
  create or replace temp table sentiment_result_batches (
    first_key integer, texts_count integer, langs varchar, lang_sources varchar, lang_confidences varchar,
    scores varchar, labels varchar, scorers varchar, evidence varchar)`;
const RESULT_TYPES: DuckDBType[] = [INTEGER, INTEGER, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR];
const TEMP_VIEWS = ['sentiment_mentions'];
const TEMP_TABLES = ['sentiment_results', 'sentiment_result_batches', 'sentiment_texts'];

/** One row per batch; queries/sentiment/sentiment_results.sql splits them into rows. */
function appendBatch(appender: DuckDBAppender, batch: ScoredBatch): void {
  const values = [batch.firstKey, batch.count, batch.lang, batch.langSource, batch.langConfidence, batch.score, batch.label, batch.scorer, batch.evidence];
  const chunk = DuckDBDataChunk.create(RESULT_TYPES, 1);
  values.forEach((value, c) => chunk.setColumnValues(c, [value]));
  appender.appendDataChunk(chunk);
}

/** The texts to score, a few batches per query, so only those in flight are in memory. */
async function* readBatches(db: Db, total: number, batchSize: number, perQuery: number): AsyncGenerator<TextBatch> {
  for (let from = 0; from < total; from += batchSize * perQuery) {
    const params = { batch_size: batchSize, from_key: from, to_key: Math.min(total, from + batchSize * perQuery) };
    const rows = await db.all<{ first_key: number; texts_count: bigint; texts: string; langs: string }>(SQL.sentiment_batches, params);
    for (const row of rows) yield { firstKey: Number(row.first_key), count: Number(row.texts_count), texts: row.texts, langs: row.langs };
  }
}

/** Scores the batches on the pool (or here without one), keeping a few batches per thread in flight, and appends results as they arrive. */
async function scoreAll(batches: AsyncIterable<TextBatch>, total: number, pool: ScoringPool | null, spec: ScorerSpec, appender: DuckDBAppender, log: Logger): Promise<void> {
  const progress = log.progress('Scoring mentions', total);
  let done = 0;
  const finish = (result: ScoredBatch) => {
    appendBatch(appender, result);
    progress.update((done += result.count));
  };
  if (!pool) {
    const detector = eldDetector();
    const scorer = createScorer(spec);
    for await (const batch of batches) finish(scoreBatch(batch, detector, scorer));
  } else {
    await pool.start();
    const inFlight: Promise<ScoredBatch>[] = [];
    for await (const batch of batches) {
      if (inFlight.length >= 3 * pool.size) finish(await inFlight.shift()!);
      inFlight.push(pool.score(batch));
    }
    while (inFlight.length > 0) finish(await inFlight.shift()!);
  }
  progress.done();
}

export const sentimentStage = defineStage<SentimentOptions>({
  name: 'sentiment',
  description: 'Detect the language of each mention and score its sentiment, with the evidence behind each score.',
  reads: ['stg_mentions'],
  writes: ['mention_sentiment'],
  defaults: { scorer: 'auto', model: DEFAULT_MODEL_PATH, incremental: true, workers: 'auto', parallelAbove: 20_000, batchSize: 4_000 },
  async run({ db, options, log, now, root, delta }) {
    const warnings: string[] = [];
    await db.run(DDL);
    const spec = { scorer: options.scorer, modelPath: options.model, root };
    // Threads start while DuckDB finds the distinct texts. With "auto" that happens when everything is
    // to be scored (a first or full run); an incremental run counts its texts first, and a small one never starts them.
    const threads = options.workers === 'auto' ? (availableParallelism() > 1 ? availableParallelism() : 0) : options.workers;
    let pool: ScoringPool | null = null;
    const startPool = () => (pool ??= threads > 0 ? new ScoringPool(threads, spec) : null);
    const scored = Number((await db.one<{ n: bigint }>('select count(*) as n from mention_sentiment'))?.n ?? 0);
    if (options.workers !== 'auto' || !options.incremental || scored === 0) startPool();
    // The work tables are made outside the transaction: DuckDB reads tables created inside one from
    // transaction-local storage, which made the final insert about twice as slow. Only the writes to
    // mention_sentiment need to be atomic.
    try {
      await db.run(`create or replace temp view sentiment_mentions as ${SQL.sentiment_mentions}`);
      await db.run(`create or replace temp table sentiment_texts as ${SQL.sentiment_texts}`, { rescore_all: !options.incremental });
      const unique = Number((await db.one<{ n: bigint }>('select count(*) as n from sentiment_texts'))?.n ?? 0);
      if (options.workers === 'auto') {
        if (unique > options.parallelAbove) startPool();
        else await closePool(pool, () => (pool = null));
      }
      await db.run(RESULTS_DDL);
      const appender = await db.connection.createAppender('sentiment_result_batches');
      const batchSize = Math.max(1, options.batchSize);
      try {
        await scoreAll(readBatches(db, unique, batchSize, 4 * Math.max(1, threads)), unique, pool, spec, appender, log);
      } finally {
        appender.closeSync();
      }
      const used = (pool as ScoringPool | null)?.size ?? 1;
      await closePool(pool, () => (pool = null));
      await db.run(`create or replace temp table sentiment_results as ${SQL.sentiment_results}`);
      const rows = await db.transaction(async () => {
        if (!options.incremental) await db.run('delete from mention_sentiment');
        else if (scored > 0) await db.run(`delete from mention_sentiment where mention_id in (${SQL.sentiment_stale})`);
        const inserted = await db.all<{ Count: bigint }>(`insert into mention_sentiment ${SQL.scored_mentions}`, { scored_at: now.toISOString() });
        return Number(inserted[0]?.Count ?? 0);
      });
      if (rows === 0) warnings.push('No new mentions to score: mention_sentiment is up to date. Run with incremental: false to rescore everything.');
      log.info(`Scored ${formatCount(rows)} mentions (${formatCount(unique)} distinct texts) with ${used} thread(s).`);
      // Rows of mentions scored before are kept as they were: only new ones were added (a staging rebuild may have changed texts).
      return { rows, warnings, incremental: options.incremental && onlyGrew(delta, ['stg_mentions']) };
    } finally {
      await closePool(pool, () => (pool = null));
      for (const view of TEMP_VIEWS) await db.run(`drop view if exists ${view}`);
      for (const table of TEMP_TABLES) await db.run(`drop table if exists ${table}`);
    }
  },
});

async function closePool(pool: ScoringPool | null, forget: () => void): Promise<void> {
  forget();
  await pool?.close();
}

export default sentimentStage;
