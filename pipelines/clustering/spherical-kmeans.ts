import { Rng } from '../sample/prng.ts';
import { rowIsEmpty, type SparseMatrix } from './tfidf.ts';

export interface KmeansResult {
  k: number;
  /** Term-major: the weight of term t in centroid c is at t * k + c. Unit length per centroid. */
  centroids: Float64Array;
  /** Cluster of each row, −1 for rows with no features. */
  assignment: Int32Array;
  /** Cosine similarity of each row to its centroid. */
  similarity: Float64Array;
  iterations: number;
}

/** Similarities of one row to every centroid, into `out`. */
export function rowSimilarities(matrix: SparseMatrix, row: number, centroids: Float64Array, k: number, out: Float64Array): void {
  out.fill(0);
  for (let p = matrix.offsets[row]; p < matrix.offsets[row + 1]; p++) {
    const base = matrix.indices[p] * k;
    const value = matrix.values[p];
    for (let c = 0; c < k; c++) out[c] += value * centroids[base + c];
  }
}

function assign(matrix: SparseMatrix, rows: Int32Array, centroids: Float64Array, k: number, assignment: Int32Array, similarity: Float64Array): number {
  const sims = new Float64Array(k);
  let changed = 0;
  for (const row of rows) {
    rowSimilarities(matrix, row, centroids, k, sims);
    let best = 0;
    for (let c = 1; c < k; c++) if (sims[c] > sims[best]) best = c;
    if (assignment[row] !== best) changed++;
    assignment[row] = best;
    similarity[row] = sims[best];
  }
  return changed;
}

/** Mean direction of each cluster, renormalized (Dhillon & Modha 2001, spherical k-means). */
function update(matrix: SparseMatrix, rows: Int32Array, assignment: Int32Array, k: number): Float64Array {
  const centroids = new Float64Array(matrix.cols * k);
  for (const row of rows) {
    const c = assignment[row];
    for (let p = matrix.offsets[row]; p < matrix.offsets[row + 1]; p++) centroids[matrix.indices[p] * k + c] += matrix.values[p];
  }
  const norms = new Float64Array(k);
  for (let base = 0; base < centroids.length; base += k) for (let c = 0; c < k; c++) norms[c] += centroids[base + c] * centroids[base + c];
  for (let c = 0; c < k; c++) norms[c] = norms[c] > 0 ? 1 / Math.sqrt(norms[c]) : 0;
  for (let base = 0; base < centroids.length; base += k) for (let c = 0; c < k; c++) centroids[base + c] *= norms[c];
  return centroids;
}

/** k-means++ seeding (Arthur & Vassilvitskii 2007) with cosine distance, drawn from a seeded generator. */
export function seedCentroids(matrix: SparseMatrix, rows: Int32Array, k: number, rng: Rng): Float64Array {
  const chosen: number[] = [rows[Math.floor(rng.float() * rows.length)]];
  const distance = new Float64Array(rows.length).fill(Infinity);
  while (chosen.length < k) {
    const last = chosen[chosen.length - 1];
    const dense = new Map<number, number>();
    for (let p = matrix.offsets[last]; p < matrix.offsets[last + 1]; p++) dense.set(matrix.indices[p], matrix.values[p]);
    let total = 0;
    rows.forEach((row, i) => {
      let dot = 0;
      for (let p = matrix.offsets[row]; p < matrix.offsets[row + 1]; p++) dot += matrix.values[p] * (dense.get(matrix.indices[p]) ?? 0);
      const d = Math.max(0, 1 - dot) ** 2;
      if (d < distance[i]) distance[i] = d;
      total += distance[i];
    });
    if (total === 0) break;
    let target = rng.float() * total;
    let pick = rows.length - 1;
    for (let i = 0; i < rows.length; i++) if ((target -= distance[i]) <= 0) { pick = i; break; }
    chosen.push(rows[pick]);
  }
  const assignment = new Int32Array(matrix.rows);
  const seeds = Int32Array.from(chosen);
  chosen.forEach((row, c) => (assignment[row] = c));
  return update(matrix, seeds, assignment, k);
}

export interface KmeansOptions {
  seed: number;
  maxIterations: number;
  /** Stop when fewer than this share of rows change cluster. */
  tolerance: number;
  /** Start from these centroids instead of k-means++. */
  initial?: Float64Array;
}

/** Non-empty rows of a matrix, or of a given subset. */
export function nonEmptyRows(matrix: SparseMatrix, subset?: Int32Array): Int32Array {
  const all = subset ?? Int32Array.from({ length: matrix.rows }, (_, i) => i);
  return all.filter((row) => !rowIsEmpty(matrix, row));
}

export function sphericalKmeans(matrix: SparseMatrix, rows: Int32Array, k: number, options: KmeansOptions): KmeansResult {
  const assignment = new Int32Array(matrix.rows).fill(-1);
  const similarity = new Float64Array(matrix.rows);
  let centroids = options.initial ?? seedCentroids(matrix, rows, k, new Rng(options.seed));
  let iterations = 0;
  while (iterations < options.maxIterations) {
    iterations++;
    const changed = assign(matrix, rows, centroids, k, assignment, similarity);
    if (changed <= options.tolerance * rows.length && iterations > 1) break;
    centroids = update(matrix, rows, assignment, k);
  }
  return { k, centroids, assignment, similarity, iterations };
}
