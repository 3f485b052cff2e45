import { Worker, type WorkerOptions } from 'node:worker_threads';

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  worker: number;
}

/**
 * A fixed set of threads running one worker module; each job goes to the least busy thread. The module
 * posts `{ ready: true }` once loaded, then answers each `{ id, job }` with `{ id, result }` or `{ id, error }`.
 */
export class ThreadPool<Job> {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load: number[] = [];
  private readonly ready: Promise<void>[] = [];
  private nextId = 0;

  constructor(entry: URL, size: number, options: WorkerOptions = {}) {
    for (let w = 0; w < size; w++) {
      const worker = new Worker(entry, options);
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

  /** Resolves when every thread has loaded (they start loading on construction). */
  async start(): Promise<this> {
    await Promise.all(this.ready);
    return this;
  }

  run<T>(job: Job): Promise<T> {
    const id = this.nextId++;
    let target = 0;
    for (let w = 1; w < this.workers.length; w++) if (this.load[w] < this.load[target]) target = w;
    this.load[target]++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject, worker: target });
      this.workers[target].postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
