import { ThreadPool } from '../lib/thread-pool.ts';
import type { ScorerSpec } from '../sentiment/create-scorer.ts';
import type { BrandJob, ClauseSentiment } from './brand-clauses.ts';
import type { CompiledTopic } from './config-schema.ts';

export interface ClauseWorkerData {
  spec: ScorerSpec;
  topics: CompiledTopic[];
}

/** Threads scoring the clauses of multi-brand texts; each batch goes to the least busy one. */
export class ClausePool extends ThreadPool<BrandJob[]> {
  constructor(size: number, data: ClauseWorkerData) {
    super(new URL('./clause-worker-entry.mjs', import.meta.url), size, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  }

  score(jobs: BrandJob[]): Promise<ClauseSentiment[]> {
    return this.run<ClauseSentiment[]>(jobs);
  }
}
