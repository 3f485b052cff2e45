import { ThreadPool } from '../lib/thread-pool.ts';
import type { ScorerSpec } from './create-scorer.ts';
import type { ScoredBatch, TextBatch } from './score-batch.ts';

/** A fixed set of scoring threads; each batch goes to the least busy one. */
export class ScoringPool extends ThreadPool<TextBatch> {
  constructor(size: number, spec: ScorerSpec) {
    super(new URL('./worker-entry.mjs', import.meta.url), size, { workerData: spec, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  }

  score(batch: TextBatch): Promise<ScoredBatch> {
    return this.run<ScoredBatch>(batch);
  }
}
