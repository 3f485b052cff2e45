import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { messages } from './lib/messages.ts';
import { stderrLogger } from './lib/log.ts';
import { relationKind } from './lib/db.ts';
import { openWarehouse, openWorkspace, removeDatabase, swapDatabase, warehouseStorageError } from './lib/workspace.ts';
import { PIPELINE } from './pipeline.ts';
import { runStages, type StageReport } from './runner.ts';
import type { Stage } from './lib/stage.ts';

export interface PipelineCliOptions {
  inbox?: string[];
  sample?: boolean;
  fullRefresh?: boolean;
  rehash?: boolean;
  warehouse?: string;
  quiet?: boolean;
  force?: boolean;
  stages?: Stage<any>[];
  /** Render reports/ and the digest after a successful run (the CLI's default; `--no-reports` turns it off). */
  reports?: boolean;
}

/** `listen run`: the whole job, ending with one summary line on stderr. */
export async function runPipeline(opts: PipelineCliOptions): Promise<StageReport[]> {
  const started = Date.now();
  const log = stderrLogger({ quiet: opts.quiet });
  const workspace = await openWorkspace({ warehouse: opts.warehouse });
  const inboxes = [
    ...(opts.inbox ?? []).map((p) => resolve(p)),
    ...(opts.sample ? [resolve(workspace.root, 'data/sample')] : []),
  ];
  if (!inboxes.length) inboxes.push(resolve(workspace.root, workspace.config.inbox));
  for (const inbox of inboxes) if (!existsSync(inbox)) log.warn(`The inbox ${inbox} does not exist; create it and drop exports into it.`);

  const target = workspace.warehouse;
  const buildPath = opts.fullRefresh ? `${target}.building` : target;
  if (opts.fullRefresh) {
    if (existsSync(target)) (await openWarehouse(target)).close();
    removeDatabase(buildPath);
  }
  const db = await openWarehouse(buildPath, { memoryLimit: workspace.config.memoryLimit });
  let stageReports: StageReport[];
  try {
    const { runId, reports } = await runStages({
      db,
      stages: opts.stages ?? PIPELINE,
      log,
      root: workspace.root,
      force: opts.force,
      options: { ingest: { inboxes: inboxes.filter(existsSync), mappings: workspace.config.ingest.mappings, rehash: Boolean(opts.rehash) } },
    });
    stageReports = reports;
    const totals = (await db.one<Record<string, bigint | null>>(
      `select count(*) filter (where status = 'loaded') as files, count(*) filter (where status = 'refused') as failed,
              sum(rows_loaded) filter (where status = 'loaded') as loaded, sum(rows_rejected) filter (where status = 'loaded') as rejected
       from ingest_files where batch_id = $run_id`,
      { run_id: runId },
    ))!;
    const marts = (await relationKind(db, 'fct_mentions')) !== undefined;
    const dup = await db.one<{ duplicates: bigint | null }>(`select sum(delivery_count - 1) as duplicates from ${marts ? 'fct_mentions' : 'stg_mentions'}`);
    const files = Number(totals.files ?? 0);
    const failed = Number(totals.failed ?? 0);
    process.stderr.write(
      `${messages.runSummary({
        files, failed, skipped: reports.find((r) => r.stage === 'ingest')?.counts?.skipped ?? 0, loaded: Number(totals.loaded ?? 0),
        rejected: Number(totals.rejected ?? 0), duplicates: Number(dup?.duplicates ?? 0), seconds: (Date.now() - started) / 1000,
      })}\n`,
    );
  } catch (error) {
    throw warehouseStorageError(error, buildPath) ?? error;
  } finally {
    db.close();
  }
  if (opts.fullRefresh) {
    removeDatabase(target);
    swapDatabase(buildPath, target);
  }
  // Reports belong to the workspace's warehouse: a run on another file (--warehouse) leaves reports/out/latest alone.
  if (opts.reports && !opts.warehouse) {
    const { reportsAfterRun } = await import('./reports/after-run.ts');
    await reportsAfterRun(workspace.root, log);
  } else if (opts.reports && !opts.quiet) {
    log.info(`Reports not rendered for ${target} (not the workspace's warehouse); render them with: listen report --warehouse ${target} --out DIR`);
  }
  return stageReports;
}
