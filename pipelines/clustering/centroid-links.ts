import { rowSimilarities } from './spherical-kmeans.ts';
import type { SparseMatrix } from './tfidf.ts';

/** Rows per partial sum of `memberDots`: fixed, so the sums add up in the same order on any number of threads. */
export const DOTS_CHUNK = 16_384;

/** Σ_{r∈a} r·ĉ_b over rows[from…to), k × k (a row-major by own cluster). */
export function memberDots(matrix: SparseMatrix, rows: Int32Array, from: number, to: number, assignment: Int32Array, centroids: Float32Array, k: number): Float64Array {
  const dots = new Float64Array(k * k);
  const sims = new Float64Array(k);
  for (let i = from; i < to; i++) {
    const row = rows[i];
    const a = assignment[row];
    if (a < 0) continue;
    rowSimilarities(matrix, row, centroids, k, sims);
    for (let b = 0; b < k; b++) dots[a * k + b] += sims[b];
  }
  return dots;
}

/**
 * Cosines between the clusters' member sums S_a, k × k, from partial `memberDots` over consecutive row
 * chunks, added in order: with unit centroids ĉ_b = S_b / |S_b|, Σ_{r∈a} r·ĉ_b = S_a·ĉ_b, so the diagonal
 * gives |S_a| and cos(a, b) = (S_a·ĉ_b) / |S_a|. The vocabulary-sized centroids are never multiplied with each other.
 */
export function cosinesFromDots(parts: Float64Array[], k: number): { cosine: Float64Array; norms: Float64Array } {
  const dots = new Float64Array(k * k);
  for (const part of parts) for (let i = 0; i < dots.length; i++) dots[i] += part[i];
  const norms = Float64Array.from({ length: k }, (_, a) => dots[a * k + a]);
  const cosine = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      const ab = norms[a] > 0 ? dots[a * k + b] / norms[a] : 0;
      const ba = norms[b] > 0 ? dots[b * k + a] / norms[b] : 0;
      cosine[a * k + b] = a === b ? 1 : (ab + ba) / 2;
    }
  }
  return { cosine, norms };
}

/** `cosinesFromDots` over all `rows` in one thread. */
export function clusterCosines(matrix: SparseMatrix, rows: Int32Array, assignment: Int32Array, centroids: Float32Array, k: number): { cosine: Float64Array; norms: Float64Array } {
  const parts: Float64Array[] = [];
  for (let from = 0; from < rows.length; from += DOTS_CHUNK) parts.push(memberDots(matrix, rows, from, Math.min(rows.length, from + DOTS_CHUNK), assignment, centroids, k));
  return cosinesFromDots(parts, k);
}

/** Unit centroids of merged groups: normalize(Σ_{a∈g} |S_a| ĉ_a) = S_g / |S_g|, term-major like the input. */
export function groupCentroids(centroids: Float32Array, k: number, norms: Float64Array, group: Int32Array, groups: number): Float32Array {
  const out = new Float32Array((centroids.length / k) * groups);
  const length = new Float64Array(groups);
  for (let t = 0, base = 0, outBase = 0; base < centroids.length; t++, base += k, outBase += groups) {
    for (let a = 0; a < k; a++) if (group[a] >= 0) out[outBase + group[a]] += norms[a] * centroids[base + a];
    for (let g = 0; g < groups; g++) length[g] += out[outBase + g] * out[outBase + g];
  }
  for (let g = 0; g < groups; g++) length[g] = length[g] > 0 ? 1 / Math.sqrt(length[g]) : 0;
  for (let base = 0; base < out.length; base += groups) for (let g = 0; g < groups; g++) out[base + g] *= length[g];
  return out;
}
