import { readFileSync } from 'node:fs';
import type { Db } from '../lib/db.ts';
import { QUERIES_DIR, stripTrailingSemicolon } from '../lib/queries.ts';
import type { SentimentScorer } from '../sentiment/scorer.ts';
import { appendRows } from './append-rows.ts';
import { brandSentiments } from './brand-sentiment.ts';
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
export async function scoreBrandClauses(db: Db, topics: CompiledTopic[], scorer: SentimentScorer): Promise<number> {
  await db.run('create or replace temp table topic_clause_sentiment (mention_key bigint, topic_idx integer, sentiment_score double, sentiment_label varchar)');
  const rows = await db.all<MultiBrandRow>(MULTI_BRAND_SQL);
  const results: { mention_key: bigint; topic_idx: number; sentiment_score: number; sentiment_label: string }[] = [];
  for (const row of rows) {
    const mention = matchText({ title: row.title, body: row.body, hashtags: row.hashtags, handles: row.handles });
    const brands = row.topic_idxs.map((idx) => ({
      key: String(idx),
      spans: matchedLeaves(topics[idx].root, mention).flatMap((leaf) => leaf.found).filter((span) => span.end > span.start),
    }));
    for (const result of brandSentiments(mention.text, row.lang, brands.filter((b) => b.spans.length), scorer)) {
      results.push({ mention_key: BigInt(row.mention_key), topic_idx: Number(result.key), sentiment_score: result.score, sentiment_label: result.label });
    }
  }
  await appendRows(db, 'topic_clause_sentiment', ['mention_key', 'topic_idx', 'sentiment_score', 'sentiment_label'], results);
  return rows.length;
}
