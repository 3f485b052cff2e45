import type { LanguageDetector } from '../language/detector.ts';
import type { SentimentScorer } from '../sentiment/scorer.ts';
import type { LabeledRow } from './labels-file.ts';
import { computeMetrics, type Metrics } from './metrics.ts';

export interface ScorerReport {
  scorer: string;
  overall: Metrics;
  /** By language ("unknown" when neither the file nor the detector could tell). */
  languages: Record<string, Metrics>;
  mentionsPerSecond: number;
}

export interface EvaluatedRow extends LabeledRow {
  resolvedLang: string;
}

/** Gives every row a language: the file's own, else the detector's, else "unknown". */
export function withLanguages(rows: LabeledRow[], detector: LanguageDetector): EvaluatedRow[] {
  return rows.map((row) => ({ ...row, resolvedLang: row.lang ?? detector.detect(row.text).lang ?? 'unknown' }));
}

/** Scores every row and measures the predictions against the labels, overall and per language. */
export function evaluateScorer(scorer: SentimentScorer, rows: EvaluatedRow[]): ScorerReport {
  const started = performance.now();
  const predicted = rows.map((row) => scorer.score(row.text, row.resolvedLang === 'unknown' ? null : row.resolvedLang).label);
  const seconds = (performance.now() - started) / 1000;
  const byLang = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const group = byLang.get(row.resolvedLang);
    if (group) group.push(i);
    else byLang.set(row.resolvedLang, [i]);
  });
  const languages: Record<string, Metrics> = {};
  for (const [lang, indices] of [...byLang].sort()) {
    languages[lang] = computeMetrics(indices.map((i) => rows[i].label), indices.map((i) => predicted[i]));
  }
  return {
    scorer: scorer.name,
    overall: computeMetrics(rows.map((row) => row.label), predicted),
    languages,
    mentionsPerSecond: Math.round(rows.length / Math.max(seconds, 1e-6)),
  };
}
