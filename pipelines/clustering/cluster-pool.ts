import { Worker } from 'node:worker_threads';
import type { PreparedBatch } from './prepare-batch.ts';
import type { KTrials } from './select-k.ts';
import type { SparseMatrix } from './tfidf.ts';

export type ClusterJob =
  | { kind: 'prepare'; texts: string[]; langs: string[]; dropWords: string[] }
  | { kind: 'trials'; matrix: SparseMatrix; rows: Int32Array; ks: number[]; seeds: number[] }
  | {
    kind: 'assign'; matrix: SparseMatrix; rows: Int32Array; from: number; to: number; centroids: Float32Array; k: number;
    assignment: Int32Array; similarity: Float32Array;
  };

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  worker: number;
}

/**
 * Threads for the two costly steps of clustering: preparing text and the k-means assign step. The matrix,
 * centroids and assignment live in SharedArrayBuffers, so an assign job posts handles, not data.
 */
export class ClusterPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load: number[] = [];
  private readonly ready: Promise<void>[] = [];
  private nextId = 0;

  constructor(size: number) {
    for (let w = 0; w < size; w++) {
      const worker = new Worker(new URL('./cluster-worker-entry.mjs', import.meta.url));
      this.load.push(0);
      const ready = new Promise<void>((resolve, reject) => {
        worker.once('error', reject);
        worker.on('message', (message: { ready?: boolean; id?: number; result?: unknown; error?: string }) => {
          if (message.ready) return resolve();
          const job = this.pending.get(message.id!);
          if (!job) return;
          this.pending.delete(message.id!);
          this.load[job.worker]--;
          if (message.error) job.reject(new Error(message.error));
          else job.resolve(message.result);
        });
      });
      ready.catch(() => undefined);
      this.ready.push(ready);
      worker.on('error', (error: Error) => {
        for (const job of this.pending.values()) job.reject(error);
        this.pending.clear();
      });
      this.workers.push(worker);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  async start(): Promise<this> {
    await Promise.all(this.ready);
    return this;
  }

  private run<T>(job: ClusterJob): Promise<T> {
    const id = this.nextId++;
    let target = 0;
    for (let w = 1; w < this.workers.length; w++) if (this.load[w] < this.load[target]) target = w;
    this.load[target]++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject, worker: target });
      this.workers[target].postMessage({ id, job });
    });
  }

  prepare(texts: string[], langs: string[], dropWords: Set<string>): Promise<PreparedBatch> {
    return this.run({ kind: 'prepare', texts, langs, dropWords: [...dropWords] });
  }

  /** k-means trials for choosing k, the ks dealt out in turn so each thread gets small and large ones. */
  async trials(matrix: SparseMatrix, rows: Int32Array, ks: number[], seeds: number[]): Promise<KTrials[]> {
    const dealt = this.workers.map((_, w) => ks.filter((_, i) => i % this.workers.length === w)).filter((part) => part.length);
    return Promise.all(dealt.map((part) => this.run<KTrials>({ kind: 'trials', matrix, rows, ks: part, seeds })));
  }

  /** The assign step over `rows`, split into one range per thread; returns how many rows changed cluster. */
  async assign(matrix: SparseMatrix, rows: Int32Array, centroids: Float32Array, k: number, assignment: Int32Array, similarity: Float32Array): Promise<number> {
    const step = Math.ceil(rows.length / this.workers.length);
    const parts = this.workers.map((_, w) => this.run<number>({
      kind: 'assign', matrix, rows, from: Math.min(rows.length, w * step), to: Math.min(rows.length, (w + 1) * step), centroids, k, assignment, similarity,
    }));
    return (await Promise.all(parts)).reduce((a, b) => a + b, 0);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
