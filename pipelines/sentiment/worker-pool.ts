import { Worker } from 'node:worker_threads';
import type { ScorerSpec } from './create-scorer.ts';
import type { ScoredBatch, TextBatch } from './score-batch.ts';

interface Pending {
  resolve: (result: ScoredBatch) => void;
  reject: (error: Error) => void;
}

/** A fixed set of scoring threads; each batch goes to the least busy one. */
export class ScoringPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load: number[] = [];
  private readonly owner = new Map<number, number>();
  private nextId = 0;
  private readonly ready: Promise<void>[] = [];

  constructor(size: number, spec: ScorerSpec) {
    for (let w = 0; w < size; w++) {
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: spec, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      this.load.push(0);
      const ready = new Promise<void>((resolve, reject) => {
          worker.once('error', reject);
          worker.on('message', (message: { ready?: boolean; id?: number; result?: ScoredBatch; error?: string }) => {
            if (message.ready) return resolve();
            const job = this.pending.get(message.id!);
            if (!job) return;
            this.pending.delete(message.id!);
            this.load[this.owner.get(message.id!)!]--;
            this.owner.delete(message.id!);
            if (message.error) job.reject(new Error(message.error));
            else job.resolve(message.result!);
          });
      });
      // A thread that fails while loading is reported by start(); a pool closed before start() ignores it.
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

  /** Resolves when every thread has loaded its scorer (they start loading on construction). */
  async start(): Promise<void> {
    await Promise.all(this.ready);
  }

  score(batch: TextBatch): Promise<ScoredBatch> {
    const id = this.nextId++;
    let target = 0;
    for (let w = 1; w < this.workers.length; w++) if (this.load[w] < this.load[target]) target = w;
    this.load[target]++;
    this.owner.set(id, target);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[target].postMessage({ id, batch });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
