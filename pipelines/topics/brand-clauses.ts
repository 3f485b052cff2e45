import { readFileSync } from 'node:fs';
import type { Db } from '../lib/db.ts';
import type { Logger } from '../lib/log.ts';
import { QUERIES_DIR, stripTrailingSemicolon } from '../lib/queries.ts';
import type { SentimentScorer } from '../sentiment/scorer.ts';
import { appendRows } from './append-rows.ts';
import { brandSentiments } from './brand-sentiment.ts';
import type { CompiledTopic } from './config-schema.ts';
import { matchedLeaves, matchText } from './matcher.ts';

export const MULTI_BRAND_SQL = stripTrailingSemicolon(readFileSync(`${QUERIES_DIR}topics/topic_multi_brand.sql`, 'utf8'));

/** A text naming several brands, in one language its mentions are in (a row of topic_multi_brand.sql). */
export interface BrandJob {
  text_key: bigint;
  lang: string | null;
  topic_idxs: number[];
  title: string | null;
  body: string | null;
  hashtags: string[];
  handles: string[];
}

/** A row of the temp table topic_clause_sentiment. */
export interface ClauseSentiment {
  text_key: bigint;
  lang: string | null;
  topic_idx: number;
  sentiment_score: number;
  sentiment_label: string;
  [column: string]: string | number | bigint | null;
}

const CLAUSE_COLUMNS = ['text_key', 'lang', 'topic_idx', 'sentiment_score', 'sentiment_label'];
/** Jobs read from DuckDB per query, and sent to a thread per message. */
const PAGE = 16_000;
const BATCH = 2_000;

/** The sentiment toward each brand and product a text names: the clauses around its matched terms. */
export function scoreBrandJobs(jobs: BrandJob[], topics: CompiledTopic[], scorer: SentimentScorer): ClauseSentiment[] {
  const results: ClauseSentiment[] = [];
  for (const job of jobs) {
    const mention = matchText({ title: job.title, body: job.body, hashtags: job.hashtags, handles: job.handles });
    const brands = job.topic_idxs.map((idx) => ({
      key: String(idx),
      spans: matchedLeaves(topics[idx].root, mention).flatMap((leaf) => leaf.found).filter((span) => span.end > span.start),
    }));
    for (const result of brandSentiments(mention.text, job.lang, brands.filter((b) => b.spans.length), scorer, mention.tokens)) {
      results.push({ text_key: job.text_key, lang: job.lang, topic_idx: Number(result.key), sentiment_score: result.score, sentiment_label: result.label });
    }
  }
  return results;
}

/** Scores batches of jobs with one scorer (on the main thread, or in a ClausePool thread). */
export function localScorer(topics: CompiledTopic[], scorer: SentimentScorer): (jobs: BrandJob[]) => ClauseSentiment[] {
  return (jobs) => scoreBrandJobs(jobs, topics, scorer);
}

async function* jobPages(db: Db, total: number): AsyncGenerator<BrandJob[]> {
  for (let from = 0; from < total; from += PAGE) {
    yield await db.all<BrandJob>(
      'select text_key, lang, topic_idxs, title, body, hashtags, handles from topic_brand_jobs where job_key >= $from and job_key < $to order by job_key',
      { from, to: from + PAGE },
    );
  }
}

/**
 * For texts naming several brands, scores the clauses around each brand and product they matched,
 * `parallel` batches at a time through `score` (threads of a ClausePool, or localScorer), and leaves
 * the results in the temp table topic_clause_sentiment (text_key, lang, topic_idx, score, label).
 */
export async function scoreBrandClauses(db: Db, score: (jobs: BrandJob[]) => Promise<ClauseSentiment[]>, parallel: number, log: Logger): Promise<number> {
  await db.run('create or replace temp table topic_clause_sentiment (text_key bigint, lang varchar, topic_idx integer, sentiment_score double, sentiment_label varchar)');
  await db.run(`create or replace temp table topic_brand_jobs as ${MULTI_BRAND_SQL}`);
  const total = Number((await db.one<{ n: bigint }>('select count(*) as n from topic_brand_jobs'))?.n ?? 0);
  const progress = log.progress('Scoring brands in multi-brand texts', total);
  let done = 0;
  const inFlight: Promise<{ results: ClauseSentiment[]; count: number }>[] = [];
  const finishOne = async () => {
    const { results, count } = await inFlight.shift()!;
    await appendRows(db, 'topic_clause_sentiment', CLAUSE_COLUMNS, results);
    progress.update((done += count));
  };
  for await (const page of jobPages(db, total)) {
    for (let i = 0; i < page.length; i += BATCH) {
      const jobs = page.slice(i, i + BATCH);
      if (inFlight.length >= 2 * parallel) await finishOne();
      const scored = score(jobs).then((results) => ({ results, count: jobs.length }));
      // Awaited in turn by finishOne; a failure must not surface earlier as an unhandled rejection.
      scored.catch(() => undefined);
      inFlight.push(scored);
    }
  }
  while (inFlight.length) await finishOne();
  progress.done();
  await db.run('drop table topic_brand_jobs');
  return total;
}
