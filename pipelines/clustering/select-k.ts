import { rowSimilarities, sphericalKmeans, type KmeansResult } from './spherical-kmeans.ts';
import type { SparseMatrix } from './tfidf.ts';

export interface SelectKOptions {
  kMin: number;
  kMax: number;
  seed: number;
}

/**
 * Simplified silhouette (Hruschka et al. 2004): distances to centroids instead of to every point, so it costs
 * O(rows × k) rather than O(rows²). Cosine distance.
 */
export function simplifiedSilhouette(matrix: SparseMatrix, rows: Int32Array, result: KmeansResult): number {
  const sims = new Float64Array(result.k);
  let total = 0;
  for (const row of rows) {
    rowSimilarities(matrix, row, result.centroids, result.k, sims);
    const own = result.assignment[row];
    let other = -Infinity;
    for (let c = 0; c < result.k; c++) if (c !== own && sims[c] > other) other = sims[c];
    const a = 1 - sims[own];
    const b = 1 - other;
    const denominator = Math.max(a, b);
    total += denominator > 0 ? (b - a) / denominator : 0;
  }
  return rows.length ? total / rows.length : 0;
}

export interface KChoice {
  k: number;
  result: KmeansResult;
  scores: { k: number; silhouette: number }[];
}

/** Runs k = kMin…kMax on the rows and keeps the k with the highest simplified silhouette. */
export function selectK(matrix: SparseMatrix, rows: Int32Array, options: SelectKOptions): KChoice {
  const kMax = Math.max(1, Math.min(options.kMax, rows.length - 1));
  const kMin = Math.min(options.kMin, kMax);
  const scores: KChoice['scores'] = [];
  let best: KChoice | undefined;
  for (let k = kMin; k <= kMax; k++) {
    const result = sphericalKmeans(matrix, rows, k, { seed: options.seed + k, maxIterations: 25, tolerance: 0.001 });
    const silhouette = k === 1 ? 0 : simplifiedSilhouette(matrix, rows, result);
    scores.push({ k, silhouette: Math.round(silhouette * 1e4) / 1e4 });
    if (!best || silhouette > best.scores.find((s) => s.k === best!.k)!.silhouette) best = { k, result, scores };
  }
  return best!;
}
