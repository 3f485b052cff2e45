import { randomUUID } from 'node:crypto';
import type { Db } from './lib/db.ts';
import type { Logger } from './lib/log.ts';
import { ensureSchema } from './lib/schema.ts';
import type { Stage, StageResult } from './lib/stage.ts';

export interface RunOptions {
  db: Db;
  stages: Stage<any>[];
  /** Options per stage name, merged over each stage's defaults. */
  options?: Record<string, Record<string, unknown>>;
  log: Logger;
  root: string;
  now?: Date;
}

export interface StageReport extends StageResult {
  stage: string;
  seconds: number;
}

const json = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? Number(v) : v));

/** Fails before anything runs if a stage reads a table neither the schema nor an earlier stage provides. */
export function checkContracts(stages: Stage<any>[], available: Iterable<string>): string[] {
  const known = new Set(available);
  const problems: string[] = [];
  for (const stage of stages) {
    for (const table of stage.reads) if (!known.has(table)) problems.push(`stage ${stage.name} reads ${table}, which no earlier stage writes`);
    for (const table of stage.writes) known.add(table);
  }
  return problems;
}

/** Runs stages in order, recording each in pipeline_runs; a failed stage stops the run and is recorded as failed. */
export async function runStages(run: RunOptions): Promise<{ runId: string; reports: StageReport[] }> {
  const { db, stages, log, root } = run;
  const now = run.now ?? new Date();
  const runId = `${now.toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${randomUUID().slice(0, 8)}`;
  const tables = await ensureSchema(db);
  const problems = checkContracts(stages, tables);
  if (problems.length) throw new Error(`The pipeline's stage contracts do not hold:\n  ${problems.join('\n  ')}`);
  const reports: StageReport[] = [];
  for (const stage of stages) {
    const options = { ...stage.defaults, ...(run.options?.[stage.name] ?? {}) };
    const startedAt = new Date();
    await db.run(
      "insert into pipeline_runs (run_id, stage, options, started_at, status) values ($run_id, $stage, $options, $started_at::timestamptz, 'running')",
      { run_id: runId, stage: stage.name, options: json(options), started_at: startedAt.toISOString() },
    );
    log.info(`▸ ${stage.name}: ${stage.description}`);
    try {
      const result = await stage.run({ db, options, log, now, runId, root });
      const seconds = (Date.now() - startedAt.getTime()) / 1000;
      for (const warning of result.warnings) log.warn(warning);
      await db.run(
        `update pipeline_runs set status = 'succeeded', finished_at = $finished::timestamptz, rows = $rows, warnings = $warnings
         where run_id = $run_id and stage = $stage`,
        { run_id: runId, stage: stage.name, finished: new Date().toISOString(), rows: result.rows, warnings: json(result.warnings) },
      );
      reports.push({ stage: stage.name, seconds, ...result });
    } catch (error) {
      await db.run(
        `update pipeline_runs set status = 'failed', finished_at = $finished::timestamptz, message = $message where run_id = $run_id and stage = $stage`,
        { run_id: runId, stage: stage.name, finished: new Date().toISOString(), message: String((error as Error).message ?? error) },
      ).catch(() => undefined);
      throw error;
    }
  }
  return { runId, reports };
}
