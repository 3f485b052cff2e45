import { parentPort, workerData } from 'node:worker_threads';
import { createScorer } from '../sentiment/create-scorer.ts';
import { localScorer, type BrandJob } from './brand-clauses.ts';
import type { ClauseWorkerData } from './clause-pool.ts';

const data = workerData as ClauseWorkerData;
const score = localScorer(data.topics, createScorer(data.spec));

parentPort!.on('message', (request: { id: number; job: BrandJob[] }) => {
  try {
    parentPort!.postMessage({ id: request.id, result: score(request.job) });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: String((error as Error)?.stack ?? error) });
  }
});
parentPort!.postMessage({ ready: true });
