import { ThreadPool } from '../lib/thread-pool.ts';
import { DOTS_CHUNK } from './centroid-links.ts';
import type { PreparedBatch } from './prepare-batch.ts';
import type { KTrials } from './select-k.ts';
import type { SparseMatrix } from './tfidf.ts';

export type ClusterJob =
  | { kind: 'prepare'; texts: string[]; langs: string[]; dropWords: string[] }
  | { kind: 'trials'; matrix: SparseMatrix; rows: Int32Array; ks: number[]; seeds: number[] }
  | { kind: 'dots'; matrix: SparseMatrix; rows: Int32Array; from: number; to: number; assignment: Int32Array; centroids: Float32Array; k: number }
  | {
    kind: 'assign'; matrix: SparseMatrix; rows: Int32Array; from: number; to: number; centroids: Float32Array; k: number;
    assignment: Int32Array; similarity: Float32Array;
  };

/**
 * Threads for the two costly steps of clustering: preparing text and the k-means assign step. The matrix,
 * centroids and assignment live in SharedArrayBuffers, so an assign job posts handles, not data.
 */
export class ClusterPool extends ThreadPool<ClusterJob> {
  constructor(size: number) {
    super(new URL('./cluster-worker-entry.mjs', import.meta.url), size);
  }

  prepare(texts: string[], langs: string[], dropWords: Set<string>): Promise<PreparedBatch> {
    return this.run({ kind: 'prepare', texts, langs, dropWords: [...dropWords] });
  }

  /** k-means trials for choosing k, the ks dealt out in turn so each thread gets small and large ones. */
  async trials(matrix: SparseMatrix, rows: Int32Array, ks: number[], seeds: number[]): Promise<KTrials[]> {
    const dealt = Array.from({ length: this.size }, (_, w) => ks.filter((_, i) => i % this.size === w)).filter((part) => part.length);
    return Promise.all(dealt.map((part) => this.run<KTrials>({ kind: 'trials', matrix, rows, ks: part, seeds })));
  }

  /** Partial member dots (centroid-links.ts) of each DOTS_CHUNK of `rows`, in chunk order; the arrays are shared. */
  dots(matrix: SparseMatrix, rows: Int32Array, assignment: Int32Array, centroids: Float32Array, k: number): Promise<Float64Array[]> {
    const jobs: Promise<Float64Array>[] = [];
    for (let from = 0; from < rows.length; from += DOTS_CHUNK) {
      jobs.push(this.run<Float64Array>({ kind: 'dots', matrix, rows, from, to: Math.min(rows.length, from + DOTS_CHUNK), assignment, centroids, k }));
    }
    return Promise.all(jobs);
  }

  /** The assign step over `rows`, split into one range per thread; returns how many rows changed cluster. */
  async assign(matrix: SparseMatrix, rows: Int32Array, centroids: Float32Array, k: number, assignment: Int32Array, similarity: Float32Array): Promise<number> {
    const step = Math.ceil(rows.length / this.size);
    const parts = Array.from({ length: this.size }, (_, w) => this.run<number>({
      kind: 'assign', matrix, rows, from: Math.min(rows.length, w * step), to: Math.min(rows.length, (w + 1) * step), centroids, k, assignment, similarity,
    }));
    return (await Promise.all(parts)).reduce((a, b) => a + b, 0);
  }
}
