import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ident, type Db } from '../lib/db.ts';
import type { FileJob } from './job.ts';

const VALUE_REJECTS = readFileSync(fileURLToPath(new URL('../../queries/ingest/value_rejects.sql', import.meta.url)), 'utf8');

/**
 * Writes a staged file to the warehouse, inside the caller's transaction: its unreadable records
 * (ingest_row_errors) and the rows whose values cannot be read go to ingest_rejects with the reason
 * and the raw text; every other staged row (ingest_rows) is appended to its raw table.
 * Returns the number of rows rejected for their values.
 */
export async function commitRows(db: Db, job: FileJob, rawTable: string, file: { dateOrder?: string; timeZone: string }): Promise<number> {
  await db.run(
    `insert into ingest_rejects
     select $file_id, $source_file, source_line, reason, raw_text, $batch_id, $now::timestamptz from ingest_row_errors`,
    { file_id: job.fileId, source_file: job.relPath, batch_id: job.batchId, now: job.now },
  );
  await db.run(`create or replace temp table ingest_value_rejects as ${VALUE_REJECTS}`, {
    date_order: file.dateOrder ?? null,
    tz: file.timeZone,
  });
  const rejected = await db.all<{ Count: bigint }>(
    `insert into ingest_rejects
     select rows.file_id, rows.source_file, rows.source_line, bad.reason, to_json(rows)::varchar, rows.batch_id, rows.ingested_at
     from ingest_rows as rows inner join ingest_value_rejects as bad on rows.rowid = bad.rid`,
  );
  if (Number(rejected[0]?.Count ?? 0) > 0) await db.run('delete from ingest_rows where rowid in (select rid from ingest_value_rejects)');
  await db.run(`insert into ${ident(rawTable)} by name select * from ingest_rows`);
  await db.run('drop table if exists ingest_rows; drop table if exists ingest_value_rejects; drop table if exists ingest_row_errors;');
  return Number(rejected[0]?.Count ?? 0);
}
