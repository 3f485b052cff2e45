import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { openDb, literal } from '../lib/db.ts';
import { memoryLogger } from '../lib/log.ts';
import { runStages } from '../runner.ts';
import { ingestStage } from '../stages/ingest.ts';
import { stagingStage } from '../stages/staging.ts';
import { peakRssMb } from './measure.ts';

/**
 * Loads one file into a given warehouse (ingest + staging, which materializes the canonical mentions as
 * the table stg_mentions), then reads them back once; reports seconds per step and peak RSS.
 * A second call on the same warehouse measures a re-run with nothing new.
 */
export async function ingestChild(file: string, warehouse: string): Promise<Record<string, number>> {
  const inbox = join(dirname(warehouse), `inbox-${basename(warehouse, '.duckdb')}`);
  mkdirSync(inbox, { recursive: true });
  rmSync(join(inbox, basename(file)), { force: true });
  symlinkSync(file, join(inbox, basename(file)));
  const db = await openDb(warehouse, { memoryLimit: '3GB' });
  const started = performance.now();
  const { reports } = await runStages({
    db,
    stages: [ingestStage, stagingStage],
    log: memoryLogger(),
    root: dirname(warehouse),
    options: { ingest: { inboxes: [inbox], mappings: [], rehash: false } },
  });
  const pipeline = (performance.now() - started) / 1000;
  const canonicalStart = performance.now();
  const { n } = (await db.one<{ n: bigint }>('select count(*) as n from (select * from stg_mentions)'))!;
  const canonical = (performance.now() - canonicalStart) / 1000;
  db.close();
  const seconds = (name: string) => reports.find((r) => r.stage === name)?.seconds ?? NaN;
  return { pipeline, ingest: seconds('ingest'), staging: seconds('staging'), canonical, mentions: Number(n), rssMb: peakRssMb() };
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
