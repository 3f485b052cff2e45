import { parentPort, workerData } from 'node:worker_threads';
import { eldDetector } from '../language/eld-detector.ts';
import { createScorer, type ScorerSpec } from './create-scorer.ts';
import { scoreBatch } from './score-batch.ts';

export interface WorkerRequest {
  id: number;
  texts: (string | null)[];
  langs: (string | null)[];
}

const detector = eldDetector();
const scorer = createScorer(workerData as ScorerSpec);

parentPort!.on('message', (request: WorkerRequest) => {
  try {
    parentPort!.postMessage({ id: request.id, result: scoreBatch(request.texts, request.langs, detector, scorer) });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: String((error as Error)?.stack ?? error) });
  }
});
parentPort!.postMessage({ ready: true });
