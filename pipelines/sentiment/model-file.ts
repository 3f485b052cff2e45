import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { messages } from '../evaluation/messages.ts';
import { MODEL_FORMAT, READABLE_VERSIONS, type LanguageModel, type SentimentModel } from './trained-model.ts';

/** On disk, weights are sparse: only features the model saw, rounded to 4 decimals, per class. */
interface StoredLanguage extends Omit<LanguageModel, 'linear'> {
  classes: string[];
  dims: number;
  bias: number[];
  indices: number[];
  weights: number[][];
}

export class ModelFileError extends Error {
  override name = 'ModelFileError';
}

const r4 = (x: number): number => Math.round(x * 10_000) / 10_000;

function toStored(entry: LanguageModel): StoredLanguage {
  const { classes, dims, weights, bias } = entry.linear;
  const k = classes.length;
  const indices: number[] = [];
  const values: number[][] = classes.map(() => []);
  for (let f = 0; f < dims; f++) {
    let keep = false;
    for (let c = 0; c < k; c++) if (Math.abs(weights[f * k + c]) >= 5e-5) keep = true;
    if (!keep) continue;
    indices.push(f);
    for (let c = 0; c < k; c++) values[c].push(r4(weights[f * k + c]));
  }
  return { lang: entry.lang, rows: entry.rows, cv: entry.cv, classes, dims, bias: [...bias].map(r4), indices, weights: values };
}

function fromStored(stored: StoredLanguage): LanguageModel {
  const k = stored.classes.length;
  const weights = new Float32Array(stored.dims * k);
  stored.indices.forEach((f, i) => {
    for (let c = 0; c < k; c++) weights[f * k + c] = stored.weights[c][i];
  });
  const linear = { classes: stored.classes, dims: stored.dims, weights, bias: Float64Array.from(stored.bias) };
  return { lang: stored.lang, rows: stored.rows, cv: stored.cv, linear };
}

/** Writes the model as JSON through a temp file and a rename, so a crash never leaves half a model. */
export function saveModel(model: SentimentModel, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const languages = Object.fromEntries(Object.entries(model.languages).map(([lang, entry]) => [lang, toStored(entry)]));
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify({ ...model, languages }));
  renameSync(tmp, path);
}

export function loadModel(path: string): SentimentModel {
  if (!existsSync(path)) throw new ModelFileError(messages.modelMissing(path));
  let parsed: SentimentModel & { languages: Record<string, StoredLanguage> };
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ModelFileError(messages.modelInvalid(path, (error as Error).message));
  }
  if (parsed?.format !== MODEL_FORMAT) throw new ModelFileError(messages.modelInvalid(path, `format is not ${MODEL_FORMAT}`));
  if (!READABLE_VERSIONS.includes(parsed.version)) {
    throw new ModelFileError(messages.modelInvalid(path, `version ${parsed.version}; this version reads ${READABLE_VERSIONS.join(' and ')}`));
  }
  // Version 1 models summed repeated n-grams; their featurizer config has no `weighting`, which means exactly that.
  const languages = Object.fromEntries(Object.entries(parsed.languages).map(([lang, stored]) => [lang, fromStored(stored)]));
  return { ...parsed, languages };
}
