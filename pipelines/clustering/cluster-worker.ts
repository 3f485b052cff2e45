import { parentPort } from 'node:worker_threads';
import { memberDots } from './centroid-links.ts';
import { prepareBatch } from './prepare-batch.ts';
import { runTrials } from './select-k.ts';
import { assignRange } from './spherical-kmeans.ts';
import type { ClusterJob } from './cluster-pool.ts';

parentPort!.on('message', ({ id, job }: { id: number; job: ClusterJob }) => {
  try {
    if (job.kind === 'prepare') {
      const result = prepareBatch(job.texts, job.langs, new Set(job.dropWords));
      parentPort!.postMessage({ id, result }, [result.offsets.buffer, result.ids.buffer] as ArrayBuffer[]);
    } else if (job.kind === 'trials') {
      const result = runTrials(job.matrix, job.rows, job.ks, job.seeds);
      parentPort!.postMessage({ id, result }, result.best ? [result.best.centroids.buffer as ArrayBuffer] : []);
    } else if (job.kind === 'dots') {
      const result = memberDots(job.matrix, job.rows, job.from, job.to, job.assignment, job.centroids, job.k);
      parentPort!.postMessage({ id, result }, [result.buffer as ArrayBuffer]);
    } else {
      const { matrix, rows, from, to, centroids, k, assignment, similarity } = job;
      parentPort!.postMessage({ id, result: assignRange(matrix, rows, from, to, centroids, k, assignment, similarity) });
    }
  } catch (error) {
    parentPort!.postMessage({ id, error: String((error as Error)?.stack ?? error) });
  }
});
parentPort!.postMessage({ ready: true });
