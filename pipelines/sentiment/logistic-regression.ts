import type { Features } from './featurize.ts';
import { mulberry32 } from '../lib/hash.ts';

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Weigh each class by n / (k · n_class), so a rare class counts as much as a common one (macro-F1 is the goal). */
  balanced?: boolean;
}

export const DEFAULT_TRAINING: TrainOptions = { epochs: 3, learningRate: 0.2, l2: 1e-4, seed: 7, balanced: true };

/** A multinomial logistic regression over hashed features: weights[feature * classes + class]. */
export interface LinearModel {
  classes: string[];
  dims: number;
  weights: Float32Array;
  bias: Float64Array;
}

export function probabilities(model: LinearModel, x: Features, out = new Float64Array(model.classes.length)): Float64Array {
  const k = model.classes.length;
  for (let c = 0; c < k; c++) out[c] = model.bias[c];
  for (let j = 0; j < x.indices.length; j++) {
    const base = x.indices[j] * k;
    const v = x.values[j];
    for (let c = 0; c < k; c++) out[c] += model.weights[base + c] * v;
  }
  return softmaxInPlace(out, k);
}

/**
 * Trains by AdaGrad SGD on the softmax loss with L2, in a seeded order, so the same data gives the same model.
 * With `scales` (per feature and class, e.g. naive-Bayes ratios from nb-scaling.ts) class c sees feature f
 * as x_f · scales[f·k + c]; the scales are folded into the returned weights, so scoring needs no scales.
 */
export function trainLinear(xs: Features[], ys: number[], classes: string[], dims: number, options: TrainOptions = DEFAULT_TRAINING, scales?: Float32Array): LinearModel {
  const k = classes.length;
  const model: LinearModel = { classes, dims, weights: new Float32Array(dims * k), bias: new Float64Array(k) };
  const g2 = new Float32Array(dims * k).fill(1e-8);
  const b2 = new Float64Array(k).fill(1e-8);
  const random = mulberry32(options.seed);
  const order = xs.map((_, i) => i);
  const p = new Float64Array(k);
  const counts = new Float64Array(k);
  for (const y of ys) counts[y]++;
  const present = counts.filter((n) => n > 0).length;
  const classWeight = Float64Array.from(counts, (n) => (options.balanced && n > 0 ? ys.length / (present * n) : 1));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const x = xs[i];
      if (scales) scaledProbabilities(model, x, scales, p);
      else probabilities(model, x, p);
      const weight = classWeight[ys[i]];
      for (let c = 0; c < k; c++) {
        const grad = (p[c] - (ys[i] === c ? 1 : 0)) * weight;
        b2[c] += grad * grad;
        model.bias[c] -= (options.learningRate * grad) / Math.sqrt(b2[c]);
        for (let j = 0; j < x.indices.length; j++) {
          const at = x.indices[j] * k + c;
          const g = grad * x.values[j] * (scales ? scales[at] : 1) + options.l2 * model.weights[at];
          g2[at] += g * g;
          model.weights[at] -= (options.learningRate * g) / Math.sqrt(g2[at]);
        }
      }
    }
  }
  if (scales) for (let at = 0; at < model.weights.length; at++) model.weights[at] *= scales[at];
  return model;
}

function scaledProbabilities(model: LinearModel, x: Features, scales: Float32Array, out: Float64Array): Float64Array {
  const k = model.classes.length;
  for (let c = 0; c < k; c++) out[c] = model.bias[c];
  for (let j = 0; j < x.indices.length; j++) {
    const base = x.indices[j] * k;
    const v = x.values[j];
    for (let c = 0; c < k; c++) out[c] += model.weights[base + c] * scales[base + c] * v;
  }
  return softmaxInPlace(out, k);
}

function softmaxInPlace(out: Float64Array, k: number): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < k; c++) max = Math.max(max, out[c]);
  let sum = 0;
  for (let c = 0; c < k; c++) sum += out[c] = Math.exp(out[c] - max);
  for (let c = 0; c < k; c++) out[c] /= sum;
  return out;
}
