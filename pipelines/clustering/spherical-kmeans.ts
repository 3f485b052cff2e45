import { Rng } from '../sample/prng.ts';
import { sharedFloat32, sharedInt32 } from './shared-arrays.ts';
import { rowIsEmpty, type SparseMatrix } from './tfidf.ts';

export interface KmeansResult {
  k: number;
  /** Term-major: the weight of term t in centroid c is at t * k + c. Unit length per centroid. */
  centroids: Float32Array;
  /** Cluster of each row, −1 for rows with no features. */
  assignment: Int32Array;
  /** Cosine similarity of each row to its centroid. */
  similarity: Float32Array;
  iterations: number;
}

/** Similarities of one row to every centroid, into `out`. */
export function rowSimilarities(matrix: SparseMatrix, row: number, centroids: Float32Array, k: number, out: Float64Array): void {
  out.fill(0);
  for (let p = matrix.offsets[row]; p < matrix.offsets[row + 1]; p++) {
    const base = matrix.indices[p] * k;
    const value = matrix.values[p];
    for (let c = 0; c < k; c++) out[c] += value * centroids[base + c];
  }
}

/** Nearest centroid of each row in `rows[from…to)`; returns how many rows changed cluster. */
export function assignRange(
  matrix: SparseMatrix, rows: Int32Array, from: number, to: number, centroids: Float32Array, k: number, assignment: Int32Array, similarity: Float32Array,
): number {
  const sims = new Float64Array(k);
  let changed = 0;
  for (let i = from; i < to; i++) {
    const row = rows[i];
    rowSimilarities(matrix, row, centroids, k, sims);
    let best = 0;
    for (let c = 1; c < k; c++) if (sims[c] > sims[best]) best = c;
    if (assignment[row] !== best) changed++;
    assignment[row] = best;
    similarity[row] = sims[best];
  }
  return changed;
}

/** Mean direction of each cluster, renormalized (Dhillon & Modha 2001, spherical k-means), into `into` when given. */
export function update(matrix: SparseMatrix, rows: Int32Array, assignment: Int32Array, k: number, into?: Float32Array): Float32Array {
  const centroids = into ? into.fill(0) : new Float32Array(matrix.cols * k);
  for (const row of rows) {
    const c = assignment[row];
    if (c < 0) continue;
    for (let p = matrix.offsets[row]; p < matrix.offsets[row + 1]; p++) centroids[matrix.indices[p] * k + c] += matrix.values[p];
  }
  const norms = new Float64Array(k);
  for (let base = 0; base < centroids.length; base += k) for (let c = 0; c < k; c++) norms[c] += centroids[base + c] * centroids[base + c];
  for (let c = 0; c < k; c++) norms[c] = norms[c] > 0 ? 1 / Math.sqrt(norms[c]) : 0;
  for (let base = 0; base < centroids.length; base += k) for (let c = 0; c < k; c++) centroids[base + c] *= norms[c];
  return centroids;
}

/**
 * k-means++ seeding (Arthur & Vassilvitskii 2007) with cosine distance, drawn from a seeded generator: the
 * seed rows in order. The first k of a draw of kMax are a k-means++ draw of k, so one draw serves every k tried.
 */
export function seedRows(matrix: SparseMatrix, rows: Int32Array, k: number, rng: Rng): number[] {
  const chosen: number[] = [rows[Math.floor(rng.float() * rows.length)]];
  const distance = new Float64Array(rows.length).fill(Infinity);
  const dense = new Float32Array(matrix.cols);
  while (chosen.length < k) {
    const last = chosen[chosen.length - 1];
    for (let p = matrix.offsets[last]; p < matrix.offsets[last + 1]; p++) dense[matrix.indices[p]] = matrix.values[p];
    let total = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      let dot = 0;
      for (let p = matrix.offsets[row]; p < matrix.offsets[row + 1]; p++) dot += matrix.values[p] * dense[matrix.indices[p]];
      const d = Math.max(0, 1 - dot) ** 2;
      if (d < distance[i]) distance[i] = d;
      total += distance[i];
    }
    for (let p = matrix.offsets[last]; p < matrix.offsets[last + 1]; p++) dense[matrix.indices[p]] = 0;
    if (total === 0) break;
    let target = rng.float() * total;
    let pick = rows.length - 1;
    for (let i = 0; i < rows.length; i++) if ((target -= distance[i]) <= 0) { pick = i; break; }
    chosen.push(rows[pick]);
  }
  return chosen;
}

/** Unit centroids at the given seed rows, term-major for k clusters (k may exceed the seeds when rows ran out). */
export function centroidsAt(matrix: SparseMatrix, seeds: readonly number[], k: number): Float32Array {
  const assignment = new Int32Array(matrix.rows).fill(-1);
  seeds.forEach((row, c) => (assignment[row] = c));
  return update(matrix, Int32Array.from(seeds), assignment, k);
}

export function seedCentroids(matrix: SparseMatrix, rows: Int32Array, k: number, rng: Rng): Float32Array {
  return centroidsAt(matrix, seedRows(matrix, rows, k, rng), k);
}

/** Runs the assign step over all rows; the parallel version splits the rows between threads. */
export type AssignStep = (centroids: Float32Array, k: number, assignment: Int32Array, similarity: Float32Array) => number | Promise<number>;

export interface KmeansOptions {
  seed: number;
  maxIterations: number;
  /** Stop when fewer than this share of rows change cluster. */
  tolerance: number;
  /** Start from these centroids instead of k-means++. */
  initial?: Float32Array;
}

/** Non-empty rows of a matrix, or of a given subset. */
export function nonEmptyRows(matrix: SparseMatrix, subset?: Int32Array): Int32Array {
  const all = subset ?? Int32Array.from({ length: matrix.rows }, (_, i) => i);
  return all.filter((row) => !rowIsEmpty(matrix, row));
}

interface KmeansState {
  centroids: Float32Array;
  spare: Float32Array;
  assignment: Int32Array;
  similarity: Float32Array;
}

/** Working arrays; over SharedArrayBuffers when worker threads take part in the assign step. */
function kmeansState(matrix: SparseMatrix, rows: Int32Array, k: number, options: KmeansOptions, shared = false): KmeansState {
  const seeded = options.initial ?? seedCentroids(matrix, rows, k, new Rng(options.seed));
  const centroids = shared && !(seeded.buffer instanceof SharedArrayBuffer) ? sharedFloat32(seeded.length) : seeded;
  if (centroids !== seeded) centroids.set(seeded);
  return shared
    ? { centroids, spare: sharedFloat32(centroids.length), assignment: sharedInt32(matrix.rows).fill(-1), similarity: sharedFloat32(matrix.rows) }
    : { centroids, spare: new Float32Array(centroids.length), assignment: new Int32Array(matrix.rows).fill(-1), similarity: new Float32Array(matrix.rows) };
}

export function sphericalKmeans(matrix: SparseMatrix, rows: Int32Array, k: number, options: KmeansOptions): KmeansResult {
  const state = kmeansState(matrix, rows, k, options);
  let iterations = 0;
  while (iterations < options.maxIterations) {
    iterations++;
    const changed = assignRange(matrix, rows, 0, rows.length, state.centroids, k, state.assignment, state.similarity);
    if (changed <= options.tolerance * rows.length && iterations > 1) break;
    [state.centroids, state.spare] = [update(matrix, rows, state.assignment, k, state.spare), state.centroids];
  }
  return { k, centroids: state.centroids, assignment: state.assignment, similarity: state.similarity, iterations };
}

/** The same iterations as `sphericalKmeans` with the assign step supplied (e.g. split across worker threads). */
export async function sphericalKmeansWith(matrix: SparseMatrix, rows: Int32Array, k: number, options: KmeansOptions, step: AssignStep): Promise<KmeansResult> {
  const state = kmeansState(matrix, rows, k, options, true);
  let iterations = 0;
  while (iterations < options.maxIterations) {
    iterations++;
    const changed = await step(state.centroids, k, state.assignment, state.similarity);
    if (changed <= options.tolerance * rows.length && iterations > 1) break;
    [state.centroids, state.spare] = [update(matrix, rows, state.assignment, k, state.spare), state.centroids];
  }
  return { k, centroids: state.centroids, assignment: state.assignment, similarity: state.similarity, iterations };
}
