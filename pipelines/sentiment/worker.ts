import { parentPort, workerData } from 'node:worker_threads';
import { eldDetector } from '../language/eld-detector.ts';
import { createScorer, type ScorerSpec } from './create-scorer.ts';
import { scoreBatch, type TextBatch } from './score-batch.ts';

export interface WorkerRequest {
  id: number;
  job: TextBatch;
}

const detector = eldDetector();
const scorer = createScorer(workerData as ScorerSpec);

parentPort!.on('message', (request: WorkerRequest) => {
  try {
    const result = scoreBatch(request.job, detector, scorer);
    parentPort!.postMessage({ id: request.id, result });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: String((error as Error)?.stack ?? error) });
  }
});
parentPort!.postMessage({ ready: true });
