import { Rng } from '../sample/prng.ts';
import { centroidsAt, rowSimilarities, seedRows, update, type KmeansResult } from './spherical-kmeans.ts';
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

const TRIAL = { maxIterations: 20, tolerance: 0.005 };

/**
 * Every row's similarity to each seed row's unit vector. Centroid c of a trial starts at seed c whatever
 * its k, with the same numbers, so the first assign step of every trial reads them from here (a centroid
 * past the seeds, when rows ran out, is zero).
 */
function firstSimilarities(matrix: SparseMatrix, rows: Int32Array, seeds: readonly number[]): { sims: Float64Array; k: number } {
  const k = seeds.length;
  const centroids = centroidsAt(matrix, seeds, k);
  const sims = new Float64Array(rows.length * k);
  const row = new Float64Array(k);
  for (let i = 0; i < rows.length; i++) {
    rowSimilarities(matrix, rows[i], centroids, k, row);
    sims.set(row, i * k);
  }
  return { sims, k };
}

/**
 * `sphericalKmeans` for one trial k, with the simplified silhouette taken from the last assign step when
 * it converged (the centroids did not move after it, so a separate pass would compute the same numbers).
 */
function trial(matrix: SparseMatrix, rows: Int32Array, k: number, initial: Float32Array, first: { sims: Float64Array; k: number }): { result: KmeansResult; silhouette: number } {
  let centroids: Float32Array = initial;
  let spare: Float32Array = new Float32Array(initial.length);
  const assignment = new Int32Array(matrix.rows).fill(-1);
  const similarity = new Float32Array(matrix.rows);
  const sims = new Float64Array(k);
  for (let iterations = 1; iterations <= TRIAL.maxIterations; iterations++) {
    let changed = 0;
    let total = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (iterations === 1) for (let c = 0; c < k; c++) sims[c] = c < first.k ? first.sims[i * first.k + c] : 0;
      else rowSimilarities(matrix, row, centroids, k, sims);
      let best = 0;
      for (let c = 1; c < k; c++) if (sims[c] > sims[best]) best = c;
      let other = -Infinity;
      for (let c = 0; c < k; c++) if (c !== best && sims[c] > other) other = sims[c];
      if (assignment[row] !== best) changed++;
      assignment[row] = best;
      similarity[row] = sims[best];
      const a = 1 - sims[best];
      const b = 1 - other;
      const denominator = Math.max(a, b);
      total += denominator > 0 ? (b - a) / denominator : 0;
    }
    const result = { k, centroids, assignment, similarity, iterations };
    if (changed <= TRIAL.tolerance * rows.length && iterations > 1) return { result, silhouette: rows.length ? total / rows.length : 0 };
    [centroids, spare] = [update(matrix, rows, assignment, k, spare), centroids];
  }
  const result = { k, centroids, assignment, similarity, iterations: TRIAL.maxIterations };
  return { result, silhouette: simplifiedSilhouette(matrix, rows, result) };
}

export interface KChoice {
  k: number;
  /** The chosen run's unit centroids, term-major. */
  centroids: Float32Array;
  scores: { k: number; silhouette: number }[];
}

export interface KTrials {
  /** Silhouette of each k tried, unrounded, in the order tried. */
  scores: { k: number; silhouette: number }[];
  best: { k: number; silhouette: number; centroids: Float32Array } | null;
}

/**
 * One k-means run per k, each seeded by the first k of one k-means++ draw (`seeds`), keeping the centroids
 * of the best silhouette only (the lowest k on a tie). Pure, so any thread gives the same numbers.
 */
export function runTrials(matrix: SparseMatrix, rows: Int32Array, ks: readonly number[], seeds: readonly number[]): KTrials {
  const out: KTrials = { scores: [], best: null };
  const first = firstSimilarities(matrix, rows, seeds.slice(0, Math.max(0, ...ks)));
  for (const k of ks) {
    const { result, silhouette: scored } = trial(matrix, rows, k, centroidsAt(matrix, seeds.slice(0, k), k), first);
    const silhouette = k === 1 ? 0 : scored;
    out.scores.push({ k, silhouette });
    if (!out.best || silhouette > out.best.silhouette || (silhouette === out.best.silhouette && k < out.best.k)) out.best = { k, silhouette, centroids: result.centroids };
  }
  return out;
}

/**
 * Every k up to 10, then steps of about 15% up to kMax (2…10, 12, 14, 17, 20, 23, 27, 30): a trial costs
 * in proportion to k, and past 10 neighbouring ks score within the silhouette's noise of each other.
 */
export function candidateKs(kMin: number, kMax: number): number[] {
  const ks: number[] = [];
  for (let k = kMin; k <= kMax; k = k < 10 ? k + 1 : Math.max(k + 1, Math.ceil(k * 1.15))) ks.push(k);
  if (ks[ks.length - 1] !== kMax) ks.push(kMax);
  return ks;
}

/** The ks to try and the k-means++ draw they share. */
export function selectionPlan(matrix: SparseMatrix, rows: Int32Array, options: SelectKOptions): { ks: number[]; seeds: number[] } {
  const kMax = Math.max(1, Math.min(options.kMax, rows.length - 1));
  const kMin = Math.min(options.kMin, kMax);
  return { ks: candidateKs(kMin, kMax), seeds: seedRows(matrix, rows, kMax, new Rng(options.seed)) };
}

/** The k with the highest simplified silhouette, from trials run here or split between threads. */
export function bestOf(parts: KTrials[]): KChoice {
  let best: KTrials['best'] = null;
  for (const part of parts) {
    const b = part.best;
    if (b && (!best || b.silhouette > best.silhouette || (b.silhouette === best.silhouette && b.k < best.k))) best = b;
  }
  const scores = parts.flatMap((part) => part.scores).sort((a, b) => a.k - b.k).map(({ k, silhouette }) => ({ k, silhouette: Math.round(silhouette * 1e4) / 1e4 }));
  return { k: best!.k, centroids: best!.centroids, scores };
}

/** Runs k = kMin…kMax on the rows and keeps the k with the highest simplified silhouette. */
export function selectK(matrix: SparseMatrix, rows: Int32Array, options: SelectKOptions): KChoice {
  const { ks, seeds } = selectionPlan(matrix, rows, options);
  return bestOf([runTrials(matrix, rows, ks, seeds)]);
}
