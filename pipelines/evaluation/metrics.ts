import { LABELS, type SentimentLabel } from '../sentiment/scorer.ts';

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Metrics {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<SentimentLabel, ClassMetrics>;
  /** confusion[actual][predicted] = count, over LABELS in order negative, neutral, positive. */
  confusion: number[][];
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Accuracy, per-class precision/recall/F1, macro-F1 (the mean F1 over the classes present) and the confusion matrix. */
export function computeMetrics(actual: SentimentLabel[], predicted: SentimentLabel[]): Metrics {
  const index = new Map(LABELS.map((label, i) => [label, i]));
  const confusion = LABELS.map(() => LABELS.map(() => 0));
  let correct = 0;
  for (let i = 0; i < actual.length; i++) {
    confusion[index.get(actual[i])!][index.get(predicted[i])!]++;
    if (actual[i] === predicted[i]) correct++;
  }
  const perClass = {} as Record<SentimentLabel, ClassMetrics>;
  const f1s: number[] = [];
  LABELS.forEach((label, k) => {
    const tp = confusion[k][k];
    const support = confusion[k].reduce((a, b) => a + b, 0);
    const predictedK = confusion.reduce((sum, row) => sum + row[k], 0);
    const precision = ratio(tp, predictedK);
    const recall = ratio(tp, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    perClass[label] = { precision: round(precision), recall: round(recall), f1: round(f1), support };
    if (support > 0) f1s.push(f1);
  });
  const macroF1 = f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0;
  return { n: actual.length, accuracy: round(ratio(correct, actual.length)), macroF1: round(macroF1), perClass, confusion };
}
