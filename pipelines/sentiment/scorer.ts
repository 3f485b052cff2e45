export type SentimentLabel = 'positive' | 'neutral' | 'negative';
export const LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

/** One term that moved the score, with the rules that changed its weight ("negation:değil", "booster:çok"). */
export interface EvidenceTerm {
  term: string;
  /** The lexicon entry or model feature it matched, when it differs from the term. */
  entry?: string;
  weight: number;
  rules?: string[];
}

/** Why a text got its score: the terms that moved it and the rules applied to the whole text. */
export interface Evidence {
  terms: EvidenceTerm[];
  rules: string[];
}

export interface SentimentResult {
  /** In [−1, 1]. */
  score: number;
  label: SentimentLabel;
  /** The scorer that produced this result ("rules-v1", "model:data/models/x.json#tr"). */
  scorer: string;
  evidence: Evidence;
}

/** A swappable sentiment model (DESIGN.md, "Swappable models"): pure, synchronous, safe on any string. */
export interface SentimentScorer {
  readonly name: string;
  score(text: string, lang: string | null): SentimentResult;
}

export interface Thresholds {
  /** Scores at or above are positive. */
  positive: number;
  /** Scores at or below are negative. */
  negative: number;
}

export function labelFor(score: number, thresholds: Thresholds): SentimentLabel {
  if (score >= thresholds.positive) return 'positive';
  if (score <= thresholds.negative) return 'negative';
  return 'neutral';
}

/** For tests and for switching sentiment off: every text gets the same score and no evidence. */
export function constantScorer(score = 0, label: SentimentLabel = 'neutral'): SentimentScorer {
  const name = `constant:${label}`;
  return { name, score: () => ({ score, label, scorer: name, evidence: { terms: [], rules: [] } }) };
}
