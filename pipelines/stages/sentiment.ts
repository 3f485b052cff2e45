import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { DOUBLE, DuckDBDataChunk, INTEGER, VARCHAR, type DuckDBConnection } from '@duckdb/node-api';
import { eldDetector } from '../language/eld-detector.ts';
import type { Logger } from '../lib/log.ts';
import { defineStage } from '../lib/stage.ts';
import { createScorer, DEFAULT_MODEL_PATH, type ScorerChoice, type ScorerSpec } from '../sentiment/create-scorer.ts';
import { scoreBatch, type BatchResult } from '../sentiment/score-batch.ts';
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
  batchSize: number;
}

const DDL = readFileSync(new URL('../../queries/ddl/mention_sentiment.sql', import.meta.url), 'utf8');

/** The text scored: the title (when there is one) and the body. */
const TEXT = `concat_ws('. ', nullif(trim(title), ''), body)`;
const NEW_ONLY = `mention_id not in (select mention_id from mention_sentiment)`;

/** Reposts and copies share one score: each distinct (text, export language) pair gets one key and is scored once. */
const inputTable = (incremental: boolean): string => `
  create or replace temp table sentiment_input as
  select mention_id, (dense_rank() over (order by lang, text) - 1)::integer as text_key, text, lang
  from (select mention_id, ${TEXT} as text, lang from stg_mentions ${incremental ? `where ${NEW_ONLY}` : ''})`;

const DISTINCT_TEXTS = `select text_key, any_value(text) as text, any_value(lang) as lang from sentiment_input group by text_key`;

const RESULTS_DDL = `
  create or replace temp table sentiment_results (
    text_key integer, lang varchar, lang_source varchar, lang_confidence double,
    sentiment_score double, sentiment_label varchar, scorer varchar, evidence varchar)`;

const INSERT_SCORED = `
  insert into mention_sentiment
  select input.mention_id, results.lang, results.lang_source, results.lang_confidence, results.sentiment_score,
    results.sentiment_label, results.scorer, results.evidence, $scored_at::timestamptz
  from sentiment_input as input
  inner join sentiment_results as results on results.text_key = input.text_key`;

const RESULT_TYPES = [INTEGER, VARCHAR, VARCHAR, DOUBLE, DOUBLE, VARCHAR, VARCHAR, VARCHAR];

async function appendResults(connection: DuckDBConnection, keys: number[], results: BatchResult): Promise<void> {
  const appender = await connection.createAppender('sentiment_results');
  for (let start = 0; start < keys.length; start += 2048) {
    const end = Math.min(keys.length, start + 2048);
    const chunk = DuckDBDataChunk.create(RESULT_TYPES, end - start);
    const columns = [keys, results.lang, results.langSource, results.langConfidence, results.score, results.label, results.scorer, results.evidence];
    columns.forEach((column, c) => chunk.setColumnValues(c, column.slice(start, end)));
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
}

interface Distinct {
  keys: number[];
  texts: (string | null)[];
  langs: (string | null)[];
}

async function readDistinct(connection: DuckDBConnection): Promise<Distinct> {
  const out: Distinct = { keys: [], texts: [], langs: [] };
  const result = await connection.stream(DISTINCT_TEXTS);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    out.keys.push(...(chunk.getColumnValues(0) as number[]));
    out.texts.push(...(chunk.getColumnValues(1) as (string | null)[]));
    out.langs.push(...(chunk.getColumnValues(2) as (string | null)[]));
  }
  return out;
}

function concat(parts: BatchResult[]): BatchResult {
  const out: BatchResult = { lang: [], langSource: [], langConfidence: [], score: [], label: [], scorer: [], evidence: [] };
  for (const part of parts) for (const key of Object.keys(out) as (keyof BatchResult)[]) for (const v of part[key]) (out[key] as unknown[]).push(v);
  return out;
}

export const sentimentStage = defineStage<SentimentOptions>({
  name: 'sentiment',
  description: 'Detect the language of each mention and score its sentiment, with the evidence behind each score.',
  reads: ['stg_mentions'],
  writes: ['mention_sentiment'],
  defaults: { scorer: 'auto', model: DEFAULT_MODEL_PATH, incremental: true, workers: 'auto', parallelAbove: 20_000, batchSize: 4_000 },
  async run({ db, options, log, now, root }) {
    const warnings: string[] = [];
    await db.run(DDL);
    const spec = { scorer: options.scorer, modelPath: options.model, root };
    return db.transaction(async () => {
      await db.run(inputTable(options.incremental));
      const input = await readDistinct(db.connection);
      const unique = input.texts.length;
      const workers = options.workers === 'auto' ? (unique > options.parallelAbove ? availableParallelism() : 0) : options.workers;
      const results = await scoreAll(input, workers, options.batchSize, spec, log);
      await db.run(RESULTS_DDL);
      await appendResults(db.connection, input.keys, results);
      if (!options.incremental) await db.run('delete from mention_sentiment');
      else await db.run('delete from mention_sentiment where mention_id not in (select mention_id from stg_mentions)');
      const before = Number((await db.one<{ n: bigint }>('select count(*) as n from mention_sentiment'))?.n ?? 0);
      await db.run(INSERT_SCORED, { scored_at: now.toISOString() });
      const rows = Number((await db.one<{ n: bigint }>('select count(*) as n from mention_sentiment'))?.n ?? 0) - before;
      await db.run('drop table sentiment_input');
      await db.run('drop table sentiment_results');
      if (rows === 0) warnings.push('No new mentions to score: mention_sentiment is up to date. Run with incremental: false to rescore everything.');
      log.info(`Scored ${rows.toLocaleString('en-US')} mentions (${unique.toLocaleString('en-US')} distinct texts) with ${workers || 1} thread(s).`);
      return { rows, warnings };
    });
  },
});

async function scoreAll(input: Distinct, workers: number, batchSize: number, spec: ScorerSpec, log: Logger): Promise<BatchResult> {
  const progress = log.progress('Scoring mentions', input.texts.length);
  const pool = workers > 0 ? new ScoringPool(workers, spec) : null;
  try {
    await pool?.start();
    const detector = pool ? null : eldDetector();
    const scorer = pool ? null : createScorer(spec);
    const parts: Promise<BatchResult>[] = [];
    let done = 0;
    for (let start = 0; start < input.texts.length; start += batchSize) {
      const texts = input.texts.slice(start, start + batchSize);
      const langs = input.langs.slice(start, start + batchSize);
      const part = pool ? pool.score(texts, langs) : Promise.resolve(scoreBatch(texts, langs, detector!, scorer!));
      parts.push(part.then((result) => (progress.update((done += texts.length)), result)));
    }
    const results = concat(await Promise.all(parts));
    progress.done();
    return results;
  } finally {
    await pool?.close();
  }
}

export default sentimentStage;
