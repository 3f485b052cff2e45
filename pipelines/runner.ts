import { createHash, randomUUID } from 'node:crypto';
import { applyComments } from './docs/apply-comments.ts';
import type { Db } from './lib/db.ts';
import type { Logger } from './lib/log.ts';
import { ensureSchema, schemaText } from './lib/schema.ts';
import type { Stage, StageResult } from './lib/stage.ts';
import { inputDelta, recordInputs } from './lib/stage-inputs.ts';

export interface RunOptions {
  db: Db;
  stages: Stage<any>[];
  /** Options per stage name, merged over each stage's defaults. */
  options?: Record<string, Record<string, unknown>>;
  /** Run every stage even when it is up to date. */
  force?: boolean;
  log: Logger;
  root: string;
  now?: Date;
}

export interface StageReport extends StageResult {
  stage: string;
  seconds: number;
  skipped?: boolean;
  /** The process's peak RSS so far (MB) when the stage ended: where it jumps, that stage set the peak. */
  peakRssMb?: number;
}

/** The state of the loaded data: any load, replacement or refusal changes it. */
async function dataVersion(db: Db): Promise<string> {
  const row = await db.one<Record<string, unknown>>(
    "select count(*) as files, max(loaded_at) as last, sum(rows_loaded) as loaded, string_agg(file_id, ',' order by file_id) as ids from ingest_files where status = 'loaded'",
  );
  return json(row) + schemaText();
}

async function lastFingerprint(db: Db, stage: string): Promise<string | undefined> {
  const row = await db.one<{ fingerprint: string | null }>(
    "select fingerprint from pipeline_runs where stage = $stage and status in ('succeeded', 'skipped') order by started_at desc limit 1",
    { stage },
  );
  return row?.fingerprint ?? undefined;
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
  for (const warning of await applyComments(db)) log.warn(warning);
  const problems = checkContracts(stages, tables);
  if (problems.length) throw new Error(`The pipeline's stage contracts do not hold:\n  ${problems.join('\n  ')}`);
  const reports: StageReport[] = [];
  // Each fingerprint folds in the one before it, so a change upstream reruns everything downstream.
  let chain = '';
  // The same without the data: what decides whether a stage may work on new files alone.
  let codeChain = schemaText();
  const upstream: Stage<any>[] = [];
  for (const stage of stages) {
    const options = { ...stage.defaults, ...(run.options?.[stage.name] ?? {}) };
    const startedAt = new Date();
    const own = [stage.name, json(options), stage.fingerprint?.(options) ?? ''];
    const hash = (before: string) => createHash('sha256').update([before, ...own].join('\u0000')).digest('hex');
    const fingerprint = hash(chain || (await dataVersion(db)));
    chain = stage.alwaysRun ? '' : fingerprint;
    const code = hash(codeChain);
    if (!stage.alwaysRun) codeChain = code;
    const earlier = [...upstream];
    if (!stage.alwaysRun) upstream.push(stage);
    if (!stage.alwaysRun && !run.force && (await lastFingerprint(db, stage.name)) === fingerprint) {
      await db.run(
        `insert into pipeline_runs (run_id, stage, options, started_at, finished_at, rows, status, fingerprint, message)
         values ($run_id, $stage, $options, $started_at::timestamptz, $started_at::timestamptz, 0, 'skipped', $fingerprint, 'up to date')`,
        { run_id: runId, stage: stage.name, options: json(options), started_at: startedAt.toISOString(), fingerprint },
      );
      log.info(`▸ ${stage.name}: up to date (nothing it depends on changed; --force runs it anyway)`);
      reports.push({ stage: stage.name, seconds: 0, rows: 0, warnings: [], skipped: true });
      continue;
    }
    await db.run(
      `insert into pipeline_runs (run_id, stage, options, started_at, status, fingerprint)
       values ($run_id, $stage, $options, $started_at::timestamptz, 'running', $fingerprint)`,
      { run_id: runId, stage: stage.name, options: json(options), started_at: startedAt.toISOString(), fingerprint },
    );
    log.info(`▸ ${stage.name}: ${stage.description}`);
    try {
      const changed = run.force || stage.alwaysRun ? undefined : await inputDelta(db, stage.name, code, earlier.map((s) => s.name));
      const delta = changed && {
        files: changed.files,
        rebuiltTables: earlier.filter((s) => changed.rebuiltStages.includes(s.name)).flatMap((s) => s.writes),
      };
      const result = await stage.run({ db, options, log, now, runId, root, delta });
      const seconds = (Date.now() - startedAt.getTime()) / 1000;
      for (const warning of result.warnings) log.warn(warning);
      // Tables rebuilt with `create or replace` lost their comments (the data dictionary).
      for (const warning of await applyComments(db, stage.writes)) log.warn(warning);
      await db.run(
        `update pipeline_runs set status = 'succeeded', finished_at = $finished::timestamptz, rows = $rows, warnings = $warnings
         where run_id = $run_id and stage = $stage`,
        { run_id: runId, stage: stage.name, finished: new Date().toISOString(), rows: result.rows, warnings: json(result.warnings) },
      );
      // Wall-clock time, not the run's clock: the order of these records is what matters.
      if (!stage.alwaysRun) await recordInputs(db, stage.name, code, new Date(), !(delta && result.incremental));
      reports.push({ stage: stage.name, seconds, ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 });
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
