import type { Db } from './db.ts';
import type { Logger } from './log.ts';
import type { InputDelta } from './stage-inputs.ts';

export interface StageContext<O> {
  db: Db;
  options: O;
  log: Logger;
  /** The run's clock; stages never call `new Date()` for business time. */
  now: Date;
  /** Identifies this pipeline run; recorded with rows a stage writes where lineage needs it. */
  runId: string;
  /** The workspace root (the folder holding listening.config.ts and data/). */
  root: string;
  /**
   * Set when only new export files arrived since the stage last succeeded with the same code: a stage
   * may then work on their rows alone (docs/incremental.md). Unset: rebuild from everything.
   */
  delta?: InputDelta;
}

export interface StageResult {
  rows: number;
  warnings: string[];
  /** True when the stage worked on `delta`'s new files alone and kept the rest of its output. */
  incremental?: boolean;
  /** Counts a command may show in its summary line (e.g. files skipped as unchanged). */
  counts?: Record<string, number>;
}

/** A pipeline step as a declared object (DESIGN.md, "Contracts"). */
export interface Stage<O = Record<string, unknown>> {
  /** kebab-case; the CLI name and the key in pipeline_runs. */
  name: string;
  /** One imperative sentence. */
  description: string;
  /** Tables and views it needs. */
  reads: string[];
  /** Tables and views it creates or replaces. */
  writes: string[];
  defaults: O;
  /** Runs every time (it is what detects change, or it is cheap); otherwise skipped when its fingerprint is unchanged. */
  alwaysRun?: boolean;
  /** What, besides its options and the data, decides the stage's output (e.g. the text of its SQL). */
  fingerprint?(options: O): string;
  run(ctx: StageContext<O>): Promise<StageResult>;
}

export function defineStage<O>(stage: Stage<O>): Stage<O> {
  return stage;
}
