import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ident, literal, type Db } from '../lib/db.ts';
import type { ColumnMapping } from './column-map.ts';
import { stageRowErrors, stageRows } from './stage-rows.ts';
import type { FileJob, LoadCounts } from './job.ts';
import type { Sniffed } from './sniff.ts';
import { utf16ToUtf8 } from './transcode.ts';

type CsvSniff = Extract<Sniffed, { kind: 'csv' }>;

/** Column names DuckDB can take: unique, never empty. */
export function csvColumnNames(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((raw, i) => {
    const base = raw.replace(/^\uFEFF/, '').trim() || `column_${i + 1}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}_${n + 1}` : base;
  });
}

function readCsvSql(job: FileJob, sniff: CsvSniff, columns: string[]): string {
  const columnTypes = `{${columns.map((c) => `${literal(c)}: 'VARCHAR'`).join(', ')}}`;
  const options = [
    `delim=${literal(sniff.delimiter)}`,
    `quote='"'`,
    `escape='"'`,
    'header=true',
    `skip=${sniff.headerLine - 1}`,
    'auto_detect=false',
    `columns=${columnTypes}`,
    `encoding=${literal(sniff.encoding)}`,
    `compression=${literal(sniff.compression)}`,
    "max_line_size='16777216'",
    'store_rejects=true',
    "rejects_table='ingest_csv_errors'",
    "rejects_scan='ingest_csv_scans'",
  ];
  return `read_csv(${literal(job.path)}, ${options.join(', ')})`;
}

/**
 * Stages a delimited file straight from DuckDB's reader (no copy through JS) into ingest_rows, and the
 * records DuckDB cannot split into ingest_row_errors; line numbers are physical lines of the file.
 * Runs outside the load's transaction: temp tables are private to the connection, and rows committed
 * to them carry their ordinal as rowid.
 */
export async function loadCsv(db: Db, job: FileJob, sniff: CsvSniff, mapping: ColumnMapping): Promise<LoadCounts> {
  if (sniff.encoding !== 'utf-16') return loadCsvText(db, job, sniff, mapping);
  const utf8 = await utf16ToUtf8(job.path, sniff.compression);
  try {
    return await loadCsvText(db, { ...job, path: utf8.path }, { ...sniff, encoding: 'utf-8', compression: 'none' }, mapping);
  } finally {
    await utf8.cleanup();
  }
}

const LINE_NUMBERS = readFileSync(fileURLToPath(new URL('../../queries/ingest/csv_line_numbers.sql', import.meta.url)), 'utf8');

async function loadCsvText(db: Db, job: FileJob, sniff: CsvSniff, mapping: ColumnMapping): Promise<LoadCounts> {
  const columns = csvColumnNames(sniff.headers);
  await db.run('drop table if exists ingest_csv_errors; drop table if exists ingest_csv_scans;');
  const all = columns.map(ident);
  const joined = all.length ? `concat(${all.join(', ')})` : "''";
  const unused = columns.filter((c, i) => !mapping.used.has(sniff.headers[i]));
  const extra = unused.length ? `json_object(${unused.map((c) => `${literal(c)}, ${ident(c)}`).join(', ')})` : 'null';
  const loaded = await stageRows(db, job, mapping.exprs, {
    from: readCsvSql(job, sniff, columns),
    line: '0',
    // Counting needs every field joined twice; a search per field finds the rare multi-line record first.
    newlines: all.length
      ? `case when ${all.map((c) => `contains(coalesce(${c}, ''), chr(10))`).join(' or ')} then strlen(${joined}) - strlen(replace(${joined}, chr(10), '')) else 0 end`
      : '0',
    extra,
  });
  const { errors, multiline } = (await db.one<{ errors: bigint; multiline: boolean }>(
    `select (select count(distinct line) from ingest_csv_errors) as errors,
            (select coalesce(bool_or(source_newlines > 0), false) from ingest_rows) as multiline`,
  ))!;
  if (Number(errors) === 0 && !multiline) {
    // The usual case: one record per line, in file order (a fresh temp table's rowid is the ordinal).
    await db.run('update ingest_rows set source_line = $header_line + 1 + rowid', { header_line: sniff.headerLine });
    await stageRowErrors(db);
    return { read: loaded, loaded, rejected: 0 };
  }
  await db.run(`create or replace temp table ingest_line_fix as ${LINE_NUMBERS}`, { header_line: sniff.headerLine });
  await db.run(
    `update ingest_rows set source_line = ingest_line_fix.line
     from ingest_line_fix where ingest_line_fix.kind = 'good' and ingest_rows.rowid = ingest_line_fix.rid`,
  );
  await stageRowErrors(db, "select line as source_line, reason, csv_line as raw_text from ingest_line_fix where kind = 'error'");
  await db.run('drop table ingest_line_fix');
  return { read: loaded + Number(errors), loaded, rejected: Number(errors) };
}
