import { RAW_FIELDS, type RawField } from '../formats/fields.ts';
import type { Db } from '../lib/db.ts';
import type { FileJob } from './job.ts';

export interface MappedSource {
  /** A FROM item (a reader call or a temp table). */
  from: string;
  /** SQL for the physical line of each row, when the source knows it. */
  line: string;
  newlines?: string;
  extra: string;
  where?: string;
}

/**
 * Reads a source into the temp table ingest_rows, in the shape of the raw tables (mapped canonical
 * fields as text, the rest in extra, lineage). Line fixes and value checks happen there, where they
 * cost no write-ahead log; commitRows then appends the good rows to the raw table in one insert.
 * Returns the number of rows read.
 */
export async function stageRows(db: Db, job: FileJob, exprs: Partial<Record<RawField, string>>, source: MappedSource): Promise<number> {
  const fields = RAW_FIELDS.map((f) => `cast(${exprs[f] ?? 'null'} as varchar) as ${f}`);
  const rows = await db.all<{ Count: bigint }>(
    `create or replace temp table ingest_rows as
     select $file_id as file_id, $source_file as source_file, cast(${source.line} as bigint) as source_line,
       cast(${source.newlines ?? '0'} as integer) as source_newlines, $batch_id as batch_id, $now::timestamptz as ingested_at,
       ${fields.join(',\n       ')},
       cast(${source.extra} as json) as extra
     from ${source.from}${source.where ? ` where ${source.where}` : ''}`,
    { file_id: job.fileId, source_file: job.relPath, batch_id: job.batchId, now: job.now },
  );
  return Number(rows[0]?.Count ?? 0);
}

/**
 * Records of the file that could not be read at all (DuckDB's CSV errors, invalid JSON lines), kept
 * in the temp table ingest_row_errors until commitRows writes them to ingest_rejects.
 * `select` yields (source_line, reason, raw_text); without it the table is empty.
 */
export async function stageRowErrors(db: Db, select?: string): Promise<void> {
  await db.run(
    `create or replace temp table ingest_row_errors as
     ${select ?? 'select null::bigint as source_line, null::varchar as reason, null::varchar as raw_text where false'}`,
  );
}
