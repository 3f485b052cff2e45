import { RAW_FIELDS, type RawField } from '../formats/fields.ts';
import { ident, type Db } from '../lib/db.ts';
import type { FileJob } from './job.ts';

export interface MappedSource {
  /** A FROM item (a reader call or a temp table). */
  from: string;
  /** SQL for the physical line of each row. */
  line: string;
  newlines?: string;
  extra: string;
  where?: string;
}

/** Inserts a source's rows into a raw table: mapped canonical fields as text, the rest in extra, lineage. Returns rows inserted. */
export async function insertMappedRows(
  db: Db,
  job: FileJob,
  rawTable: string,
  exprs: Partial<Record<RawField, string>>,
  source: MappedSource,
): Promise<number> {
  const fields = RAW_FIELDS.map((f) => `cast(${exprs[f] ?? 'null'} as varchar)`);
  const rows = await db.all<{ Count: bigint }>(
    `insert into ${ident(rawTable)}
       (file_id, source_file, source_line, source_newlines, batch_id, ingested_at, ${RAW_FIELDS.join(', ')}, extra)
     select $file_id, $source_file, ${source.line}, ${source.newlines ?? '0'}, $batch_id, $now::timestamptz,
       ${fields.join(',\n       ')},
       ${source.extra}
     from ${source.from}${source.where ? ` where ${source.where}` : ''}`,
    { file_id: job.fileId, source_file: job.relPath, batch_id: job.batchId, now: job.now },
  );
  return Number(rows[0]?.Count ?? 0);
}
