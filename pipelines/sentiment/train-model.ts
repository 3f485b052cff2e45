import { computeMetrics } from '../evaluation/metrics.ts';
import { foldOf } from '../evaluation/split.ts';
import { featurize, type FeaturizerConfig, type Features } from './featurize.ts';
import { DEFAULT_TRAINING, probabilities, trainLinear, type LinearModel, type TrainOptions } from './logistic-regression.ts';
import { DEFAULT_NB, nbScales, type NbScaling } from './nb-scaling.ts';
import { ruleScorer } from './rule-scorer.ts';
import { LABELS, type SentimentLabel } from './scorer.ts';
import { newModel, type CrossValidation, type SentimentModel } from './trained-model.ts';

export interface TrainingRow {
  text: string;
  label: SentimentLabel;
  lang: string;
}

export interface TrainModelOptions {
  source: string;
  now: Date;
  folds?: number;
  minRows?: number;
  training?: TrainOptions;
  featurizer?: FeaturizerConfig;
  /** L2 strengths tried per language; the one with the best cross-validated macro-F1 trains the final model. */
  l2Grid?: number[];
  /** Naive-Bayes input scaling tried per language, besides none (null: never); cross-validation picks. */
  nb?: NbScaling | null;
  onLanguage?: (lang: string, rows: number, cv: CrossValidation | null) => void;
  onSkip?: (lang: string, rows: number) => void;
}

export const MIN_ROWS = 30;
export const L2_GRID = [3e-5, 1e-4, 3e-4, 1e-3];

function predictAll(model: LinearModel, xs: Features[]): SentimentLabel[] {
  return xs.map((x) => {
    const p = probabilities(model, x);
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
    return model.classes[best] as SentimentLabel;
  });
}

function fit(xs: Features[], ys: number[], dims: number, training: TrainOptions, nb: NbScaling | null): LinearModel {
  return trainLinear(xs, ys, [...LABELS], dims, training, nb ? nbScales(xs, ys, LABELS.length, dims, nb) : undefined);
}

function crossValidate(texts: string[], xs: Features[], ys: number[], dims: number, folds: number, training: TrainOptions, nb: NbScaling | null): CrossValidation {
  const f1s: number[] = [];
  let correct = 0;
  const fold = texts.map((text) => foldOf(text, folds));
  for (let k = 0; k < folds; k++) {
    const train = xs.flatMap((_, i) => (fold[i] === k ? [] : [i]));
    const test = xs.flatMap((_, i) => (fold[i] === k ? [i] : []));
    if (test.length === 0 || train.length === 0) continue;
    const model = fit(train.map((i) => xs[i]), train.map((i) => ys[i]), dims, training, nb);
    const predicted = predictAll(model, test.map((i) => xs[i]));
    const metrics = computeMetrics(test.map((i) => LABELS[ys[i]]), predicted);
    f1s.push(metrics.macroF1);
    correct += metrics.accuracy * test.length;
  }
  const mean = f1s.reduce((a, b) => a + b, 0) / (f1s.length || 1);
  const sd = Math.sqrt(f1s.reduce((a, b) => a + (b - mean) ** 2, 0) / (f1s.length || 1));
  const round = (x: number): number => Math.round(x * 10_000) / 10_000;
  return { folds: f1s.length, macroF1: round(mean), macroF1Sd: round(sd), accuracy: round(correct / texts.length) };
}

/**
 * Trains one classifier per language; k-fold cross-validation on the given rows picks the L2 strength and
 * whether naive-Bayes scaling helps. Languages with too few rows or one label are skipped.
 */
export function trainSentimentModel(rows: TrainingRow[], options: TrainModelOptions): SentimentModel {
  const model = newModel(options.source, options.now, options.featurizer);
  const dims = 1 << model.featurizer.bits;
  const training = options.training ?? DEFAULT_TRAINING;
  const lexicon = ruleScorer();
  const byLang = new Map<string, TrainingRow[]>();
  for (const row of rows) {
    const group = byLang.get(row.lang);
    if (group) group.push(row);
    else byLang.set(row.lang, [row]);
  }
  for (const [lang, group] of [...byLang].sort()) {
    const distinct = new Set(group.map((row) => row.label));
    if (group.length < (options.minRows ?? MIN_ROWS) || distinct.size < 2) {
      options.onSkip?.(lang, group.length);
      continue;
    }
    const scoringLang = lang === '*' ? null : lang;
    const xs = group.map((row) => featurize(row.text, scoringLang, model.featurizer, lexicon));
    const ys = group.map((row) => LABELS.indexOf(row.label));
    const folds = options.folds ?? 5;
    const nbChoices = options.nb === null ? [null] : [options.nb ?? DEFAULT_NB, null];
    let chosen = training;
    let chosenNb = nbChoices[0];
    let cv: CrossValidation | null = null;
    if (folds >= 2) {
      for (const nb of nbChoices) {
        for (const l2 of options.l2Grid ?? L2_GRID) {
          const candidate = { ...training, l2 };
          const result = crossValidate(group.map((row) => row.text), xs, ys, dims, folds, candidate, nb);
          if (!cv || result.macroF1 > cv.macroF1) [cv, chosen, chosenNb] = [{ ...result, l2, nb: nb !== null }, candidate, nb];
        }
      }
    }
    options.onLanguage?.(lang, group.length, cv);
    model.languages[lang] = { lang, rows: group.length, linear: fit(xs, ys, dims, chosen, chosenNb), cv };
  }
  return model;
}
