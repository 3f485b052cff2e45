import { isDenseFeature, type Features } from './featurize.ts';

export interface NbScaling {
  /** Additive smoothing of the per-class feature counts. */
  alpha: number;
  /**
   * 'class': class c sees each n-gram scaled by its own log-count ratio r_c (signed);
   * 'abs': every class sees it scaled by max_c |r_c|, how much the n-gram tells classes apart.
   */
  mode: 'class' | 'abs';
  /** Interpolates the scale towards 1: s = (1 − mix) + mix · r, so unseen-looking n-grams are not silenced. */
  mix: number;
}

export const DEFAULT_NB: NbScaling = { alpha: 1, mode: 'class', mix: 0.5 };

/**
 * Naive-Bayes log-count ratios (Wang & Manning 2012, "Baselines and bigrams"), one-vs-rest per class:
 * r_c[f] = ln((p_c[f] / |p_c|₁) / (q_c[f] / |q_c|₁)), with p_c the smoothed count of texts of class c
 * that contain f and q_c the same over the other classes. Returns per-feature, per-class input scales
 * (scales[f · k + c]) for `trainLinear`; lexicon and bias features keep scale 1. Only features seen
 * in training get a ratio (the hashed space is mostly empty, so the L1 norms count seen features only).
 */
export function nbScales(xs: Features[], ys: number[], k: number, dims: number, options: NbScaling = DEFAULT_NB): Float32Array {
  const present = new Float32Array(dims * k);
  const seen = new Uint8Array(dims);
  const dense = new Uint8Array(dims);
  const classCount = new Float64Array(k);
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i];
    classCount[y]++;
    const { indices, names } = xs[i];
    const counted = new Set<number>();
    for (let j = 0; j < indices.length; j++) {
      const f = indices[j];
      if (isDenseFeature(names[j])) {
        dense[f] = 1;
        continue;
      }
      if (counted.has(f)) continue;
      counted.add(f);
      seen[f] = 1;
      present[f * k + y]++;
    }
  }
  const totals = new Float64Array(k);
  let nSeen = 0;
  for (let f = 0; f < dims; f++) {
    if (!seen[f] || dense[f]) continue;
    nSeen++;
    for (let c = 0; c < k; c++) totals[c] += present[f * k + c];
  }
  const all = totals.reduce((a, b) => a + b, 0);
  const scales = new Float32Array(dims * k).fill(1);
  const r = new Float64Array(k);
  for (let f = 0; f < dims; f++) {
    if (!seen[f] || dense[f]) continue;
    let rowTotal = 0;
    for (let c = 0; c < k; c++) rowTotal += present[f * k + c];
    let largest = 0;
    for (let c = 0; c < k; c++) {
      const p = (present[f * k + c] + options.alpha) / (totals[c] + options.alpha * nSeen);
      const q = (rowTotal - present[f * k + c] + options.alpha) / (all - totals[c] + options.alpha * nSeen);
      r[c] = Math.log(p / q);
      largest = Math.max(largest, Math.abs(r[c]));
    }
    for (let c = 0; c < k; c++) {
      const raw = options.mode === 'class' ? r[c] : largest;
      scales[f * k + c] = 1 - options.mix + options.mix * raw;
    }
  }
  return scales;
}
