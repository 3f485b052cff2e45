import { ident, type Db } from '../lib/db.ts';
import type { FileJob } from './job.ts';

/**
 * Moves rows whose values cannot be read (a timestamp nobody can parse, a count that is not a number)
 * from the raw table to ingest_rejects, with the reason and the row as it was exported.
 * The rules are the macros staging parses with (queries/ddl/00_macros.sql).
 */
export async function rejectUnreadableValues(
  db: Db,
  job: FileJob,
  rawTable: string,
  file: { dateOrder?: string; timeZone: string },
): Promise<number> {
  const table = ident(rawTable);
  const params = { file_id: job.fileId, date_order: file.dateOrder ?? null, tz: file.timeZone };
  await db.run(
    `create or replace temp table ingest_value_rejects as
     select rid, reason from (
       select rid, mention_reject_reason(created_at, parsed, $date_order, author_followers, likes, shares, comments, views, reach, is_author_verified) as reason
       from (
         select *, rowid as rid, parse_timestamp(created_at, $date_order, $tz) as parsed
         from ${table} where file_id = $file_id
       )
     ) where reason is not null`,
    params,
  );
  const rows = await db.all<{ Count: bigint }>(
    `insert into ingest_rejects
     select raw.file_id, raw.source_file, raw.source_line, bad.reason,
       to_json(raw)::varchar, raw.batch_id, raw.ingested_at
     from ${table} as raw inner join ingest_value_rejects as bad on raw.rowid = bad.rid`,
  );
  const count = Number(rows[0]?.Count ?? 0);
  if (count) await db.run(`delete from ${table} where rowid in (select rid from ingest_value_rejects)`);
  return count;
}
