import { existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { loadModel } from './model-file.ts';
import { modelScorer } from './model-scorer.ts';
import { ruleScorer } from './rule-scorer.ts';
import { constantScorer, type SentimentScorer } from './scorer.ts';

/** Where `listen train sentiment` saves by default and where the pipeline looks for a model. */
export const DEFAULT_MODEL_PATH = 'data/models/sentiment.json';

/**
 * "rules": the lexicon scorer; "constant": neutral for everything; "model": the trained model at
 * `modelPath` (falling back to rules per language); "auto": the model when the file exists, else rules.
 */
export type ScorerChoice = 'auto' | 'rules' | 'model' | 'constant';

export interface ScorerSpec {
  scorer: ScorerChoice;
  modelPath: string;
  root: string;
}

export function resolveModelPath(spec: ScorerSpec): string {
  return isAbsolute(spec.modelPath) ? spec.modelPath : join(spec.root, spec.modelPath);
}

export function createScorer(spec: ScorerSpec): SentimentScorer {
  if (spec.scorer === 'constant') return constantScorer();
  if (spec.scorer === 'rules') return ruleScorer();
  const path = resolveModelPath(spec);
  if (spec.scorer === 'auto' && !existsSync(path)) return ruleScorer();
  const shown = relative(spec.root, path) || path;
  return modelScorer(loadModel(path), { name: `model:${shown}` });
}
