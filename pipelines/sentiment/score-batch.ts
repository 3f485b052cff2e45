import { resolveLanguage, type LanguageDetector } from '../language/detector.ts';
import type { SentimentScorer } from './scorer.ts';

/** Joins the texts (and languages) of a batch; JSON never contains it raw, and the stage's SQL removes it from texts. */
export const SEPARATOR = '\u0001';

/** Texts with consecutive keys from `firstKey`, as one SEPARATOR-joined string (a cheap copy between threads). */
export interface TextBatch {
  firstKey: number;
  count: number;
  texts: string;
  /** The export's language per text, SEPARATOR-joined; empty when the export gave none. */
  langs: string;
}

/**
 * Results of a batch, each column as one SEPARATOR-joined string (numbers as decimal text, an
 * unknown language as ''): posting it between threads copies a few strings, not thousands of
 * objects, and DuckDB splits and casts them in bulk (queries/sentiment/sentiment_results.sql).
 */
export interface ScoredBatch {
  firstKey: number;
  count: number;
  lang: string;
  langSource: string;
  langConfidence: string;
  score: string;
  label: string;
  scorer: string;
  evidence: string;
}

/** Splits a joined field; `count` values even when the last ones are empty. */
export function splitJoined(joined: string, count: number): string[] {
  if (count === 0) return [];
  const parts = joined.split(SEPARATOR);
  if (parts.length !== count) throw new Error(`A batch of ${count} texts arrived with ${parts.length} parts.`);
  return parts;
}

export function joinBatch(firstKey: number, texts: (string | null)[], langs: (string | null)[]): TextBatch {
  const clean = (value: string | null) => (value ?? '').replaceAll(SEPARATOR, ' ');
  return { firstKey, count: texts.length, texts: texts.map(clean).join(SEPARATOR), langs: langs.map(clean).join(SEPARATOR) };
}

/** Resolves the language (export's, else detected) and scores each text; never throws on bad text. */
export function scoreBatch(batch: TextBatch, detector: LanguageDetector, scorer: SentimentScorer): ScoredBatch {
  const { count } = batch;
  const texts = splitJoined(batch.texts, count);
  const langs = splitJoined(batch.langs, count);
  const columns = { lang: new Array<string>(count), langSource: new Array<string>(count), langConfidence: new Array<number>(count), score: new Array<number>(count), label: new Array<string>(count), scorer: new Array<string>(count), evidence: new Array<string>(count) };
  for (let i = 0; i < count; i++) {
    const language = resolveLanguage(texts[i], langs[i], detector);
    const result = scorer.score(texts[i], language.lang);
    columns.lang[i] = language.lang ?? '';
    columns.langSource[i] = language.source;
    columns.langConfidence[i] = language.confidence;
    columns.score[i] = result.score;
    columns.label[i] = result.label;
    columns.scorer[i] = result.scorer;
    columns.evidence[i] = JSON.stringify(result.evidence);
  }
  return {
    firstKey: batch.firstKey,
    count,
    lang: columns.lang.join(SEPARATOR),
    langSource: columns.langSource.join(SEPARATOR),
    langConfidence: columns.langConfidence.join(SEPARATOR),
    score: columns.score.join(SEPARATOR),
    label: columns.label.join(SEPARATOR),
    scorer: columns.scorer.join(SEPARATOR),
    evidence: columns.evidence.join(SEPARATOR),
  };
}
