import { detectFormat, formatByName } from '../formats/registry.ts';
import { ident, literal, type Db } from '../lib/db.ts';
import { FileRejectedError } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';
import { mapColumns, type ColumnOverrides } from './column-map.ts';
import { stageRowErrors, stageRows } from './stage-rows.ts';
import type { FileJob, LoadCounts } from './job.ts';

/** Parquet rows are typed already: lists and structs keep their shape as JSON text, the rest as text. */
export async function loadParquet(
  db: Db,
  job: FileJob,
  options: { format?: string; columns?: ColumnOverrides },
): Promise<LoadCounts & { format: string }> {
  const reader = `read_parquet(${literal(job.path)}, file_row_number=true)`;
  let schema: { column_name: string; column_type: string }[];
  try {
    schema = await db.all(`describe select * from ${reader}`);
  } catch (error) {
    const detail = String((error as Error).message).split('\n')[0];
    throw new FileRejectedError(job.relPath, `${job.relPath}: the Parquet file could not be read (${detail}). Re-export it.`, 'unreadable parquet');
  }
  const columns = schema.filter((c) => c.column_name !== 'file_row_number');
  const types = new Map(columns.map((c) => [c.column_name, c.column_type]));
  const accessor = (name: string) =>
    /\[\]$|^STRUCT|^MAP|^JSON/.test(types.get(name) ?? '') ? `to_json(${ident(name)})::varchar` : `cast(${ident(name)} as varchar)`;
  const format = (options.format && formatByName(options.format)) || detectFormat([...types.keys()]);
  const mapping = mapColumns(format, [...types.keys()], accessor, options.columns);
  if (mapping.missing.length) {
    throw new FileRejectedError(job.relPath, messages.missingColumns(job.relPath, format.label, mapping.missing, mapping.closest), 'missing columns');
  }
  const unused = [...types.keys()].filter((c) => !mapping.used.has(c));
  const loaded = await stageRows(db, job, mapping.exprs, {
    from: reader,
    line: 'file_row_number + 1',
    extra: unused.length ? `json_object(${unused.map((c) => `${literal(c)}, ${ident(c)}`).join(', ')})` : 'null',
  });
  await stageRowErrors(db);
  return { format: format.name, read: loaded, loaded, rejected: 0 };
}
