import { DEFAULT_FEATURIZER, type FeaturizerConfig } from './featurize.ts';
import type { LinearModel } from './logistic-regression.ts';

export const MODEL_FORMAT = 'listen-sentiment-model';
/** 2: binary n-gram weighting and naive-Bayes-scaled training (weights already folded); version 1 files still load. */
export const MODEL_VERSION = 2;
export const READABLE_VERSIONS = [1, 2];

export interface CrossValidation {
  folds: number;
  /** The L2 strength chosen by this cross-validation (when several were tried). */
  l2?: number;
  /** Whether naive-Bayes scaling was chosen (naive-Bayes log-count ratios folded into the weights). */
  nb?: boolean;
  macroF1: number;
  macroF1Sd: number;
  accuracy: number;
}

export interface LanguageModel {
  /** ISO 639-1, or "*" for a model trained on every language together. */
  lang: string;
  rows: number;
  linear: LinearModel;
  cv: CrossValidation | null;
}

/** A trained sentiment model: one linear classifier per language, the featurizer that feeds them, provenance. */
export interface SentimentModel {
  format: typeof MODEL_FORMAT;
  version: number;
  createdAt: string;
  source: string;
  featurizer: FeaturizerConfig;
  languages: Record<string, LanguageModel>;
}

export function newModel(source: string, createdAt: Date, featurizer: FeaturizerConfig = DEFAULT_FEATURIZER): SentimentModel {
  return { format: MODEL_FORMAT, version: MODEL_VERSION, createdAt: createdAt.toISOString(), source, featurizer, languages: {} };
}
