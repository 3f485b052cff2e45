import type { Thresholds } from './scorer.ts';

/**
 * Label cut-offs on the rule score, per language; '*' for the rest (VADER's own ±0.05).
 * Tuned for macro-F1 on the training part (70%, split by text hash) of each labeled set; see docs/sentiment.md.
 */
export const DEFAULT_THRESHOLDS: Record<string, Thresholds> = {
  '*': { positive: 0.05, negative: -0.05 },
};
