import { readFileSync } from 'node:fs';
import type { Db } from '../lib/db.ts';
import type { Logger } from '../lib/log.ts';
import { QUERIES_DIR, stripTrailingSemicolon } from '../lib/queries.ts';
import type { SentimentResult, SentimentScorer } from '../sentiment/scorer.ts';
import { appendRows } from './append-rows.ts';
import { brandSentiments, type BrandSentiment } from './brand-sentiment.ts';
import type { CompiledTopic } from './config-schema.ts';
import { matchedLeaves, matchText } from './matcher.ts';

export const MULTI_BRAND_SQL = stripTrailingSemicolon(readFileSync(`${QUERIES_DIR}topics/topic_multi_brand.sql`, 'utf8'));

interface MultiBrandRow {
  mention_key: bigint;
  topic_idxs: number[];
  title: string | null;
  body: string | null;
  hashtags: string[];
  handles: string[];
  lang: string | null;
}

/**
 * For mentions naming several brands, scores the clauses around each brand and product they matched
 * and leaves the results in the temp table topic_clause_sentiment (mention_key, topic_idx, score, label).
 */
export async function scoreBrandClauses(db: Db, topics: CompiledTopic[], scorer: SentimentScorer, log: Logger): Promise<number> {
  await db.run('create or replace temp table topic_clause_sentiment (mention_key bigint, topic_idx integer, sentiment_score double, sentiment_label varchar)');
  const rows = await db.all<MultiBrandRow>(MULTI_BRAND_SQL);
  const results: { mention_key: bigint; topic_idx: number; sentiment_score: number; sentiment_label: string }[] = [];
  // Reposts and copies repeat texts: each distinct text, language and set of brands is worked out once.
  const seen = new Map<string, BrandSentiment[]>();
  const scored = new Map<string, SentimentResult>();
  const cachedScorer: SentimentScorer = {
    name: scorer.name,
    score(text, lang) {
      const key = `${lang}\u0000${text}`;
      let result = scored.get(key);
      if (!result) scored.set(key, (result = scorer.score(text, lang)));
      return result;
    },
  };
  const progress = log.progress('Scoring brands in multi-brand mentions', rows.length);
  for (const [i, row] of rows.entries()) {
    if (i % 10_000 === 0) progress.update(i);
    const key = [row.lang, row.topic_idxs.join(','), row.title, row.body, row.hashtags?.join(' '), row.handles?.join(' ')].join('\u0000');
    let sentiments = seen.get(key);
    if (!sentiments) {
      const mention = matchText({ title: row.title, body: row.body, hashtags: row.hashtags, handles: row.handles });
      const brands = row.topic_idxs.map((idx) => ({
        key: String(idx),
        spans: matchedLeaves(topics[idx].root, mention).flatMap((leaf) => leaf.found).filter((span) => span.end > span.start),
      }));
      sentiments = brandSentiments(mention.text, row.lang, brands.filter((b) => b.spans.length), cachedScorer);
      seen.set(key, sentiments);
    }
    for (const result of sentiments) {
      results.push({ mention_key: BigInt(row.mention_key), topic_idx: Number(result.key), sentiment_score: result.score, sentiment_label: result.label });
    }
  }
  progress.done();
  await appendRows(db, 'topic_clause_sentiment', ['mention_key', 'topic_idx', 'sentiment_score', 'sentiment_label'], results);
  return rows.length;
}
