import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { openDb, literal } from '../lib/db.ts';
import { runPipeline } from '../run-pipeline.ts';
import { ingestStage } from '../stages/ingest.ts';
import { stagingStage } from '../stages/staging.ts';
import { peakRssMb } from './measure.ts';

/** Loads one file into a given warehouse (ingest + staging) and reports seconds per stage and peak RSS. */
export async function ingestChild(file: string, warehouse: string): Promise<Record<string, number>> {
  const inbox = join(dirname(warehouse), `inbox-${basename(warehouse, '.duckdb')}`);
  mkdirSync(inbox, { recursive: true });
  rmSync(join(inbox, basename(file)), { force: true });
  symlinkSync(file, join(inbox, basename(file)));
  const started = performance.now();
  await runPipeline({ inbox: [inbox], warehouse, quiet: true, stages: [ingestStage, stagingStage] });
  const seconds = (performance.now() - started) / 1000;
  const db = await openDb(warehouse, { readOnly: true });
  const stages = await db.all<{ stage: string; seconds: number }>(
    `select stage, epoch(finished_at) - epoch(started_at) as seconds from pipeline_runs
     where run_id = (select max(run_id) from pipeline_runs) order by started_at`,
  );
  const { mentions } = (await db.one<{ mentions: bigint }>('select count(*) as mentions from stg_mentions'))!;
  db.close();
  return { seconds, ingest: stages.find((s) => s.stage === 'ingest')?.seconds ?? NaN, staging: stages.find((s) => s.stage === 'staging')?.seconds ?? NaN, mentions: Number(mentions), rssMb: peakRssMb() };
}

/** The yardstick: DuckDB alone reading the same CSV into a table, with its own sniffer, setting bad rows aside as we do. */
export async function bareChild(file: string, warehouse: string): Promise<Record<string, number>> {
  const db = await openDb(warehouse);
  const started = performance.now();
  await db.run(`create or replace table bare as select * from read_csv(${literal(file)}, store_rejects=true)`);
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { seconds, rssMb: peakRssMb() };
}
