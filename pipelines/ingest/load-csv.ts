import { ident, literal, type Db } from '../lib/db.ts';
import type { TabularFormat } from '../formats/format.ts';
import type { ColumnMapping } from './column-map.ts';
import { insertMappedRows } from './insert-mapped.ts';
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
 * Loads a delimited file straight from DuckDB's reader into its raw table (no copy through JS).
 * Records DuckDB cannot split go to ingest_rejects; line numbers are physical lines of the file.
 */
export async function loadCsv(db: Db, job: FileJob, format: TabularFormat, sniff: CsvSniff, mapping: ColumnMapping): Promise<LoadCounts> {
  if (sniff.encoding !== 'utf-16') return loadCsvText(db, job, format, sniff, mapping);
  const utf8 = await utf16ToUtf8(job.path, sniff.compression);
  try {
    return await loadCsvText(db, { ...job, path: utf8.path }, format, { ...sniff, encoding: 'utf-8', compression: 'none' }, mapping);
  } finally {
    await utf8.cleanup();
  }
}

async function loadCsvText(db: Db, job: FileJob, format: TabularFormat, sniff: CsvSniff, mapping: ColumnMapping): Promise<LoadCounts> {
  const columns = csvColumnNames(sniff.headers);
  await db.run('drop table if exists ingest_csv_errors; drop table if exists ingest_csv_scans;');
  const all = columns.map(ident);
  const joined = all.length ? `concat(${all.join(', ')})` : "''";
  const unused = columns.filter((c, i) => !mapping.used.has(sniff.headers[i]));
  const extra = unused.length ? `json_object(${unused.map((c) => `${literal(c)}, ${ident(c)}`).join(', ')})` : 'null';
  const loaded = await insertMappedRows(db, job, format.rawTable, mapping.exprs, {
    from: readCsvSql(job, sniff, columns),
    line: '0',
    newlines: `strlen(${joined}) - strlen(replace(${joined}, chr(10), ''))`,
    extra,
  });
  await numberRecords(db, job, format.rawTable, sniff.headerLine, loaded);
  const { errors } = (await db.one<{ errors: bigint }>('select count(distinct line) as errors from ingest_csv_errors'))!;
  const rejected = Number(errors);
  const { multiline } = (await db.one<{ multiline: boolean }>(
    `select coalesce(bool_or(source_newlines > 0), false) as multiline from ${ident(format.rawTable)} where file_id = $file_id`,
    { file_id: job.fileId },
  ))!;
  if (rejected > 0 || multiline) await renumberLines(db, job, format.rawTable, sniff.headerLine);
  else await db.run(
    `insert into ingest_rejects
     select $file_id, $source_file, line, string_agg(distinct error_type || ': ' || error_message, '; '), first(csv_line), $batch_id, $now::timestamptz
     from ingest_csv_errors group by line`,
    { file_id: job.fileId, source_file: job.relPath, batch_id: job.batchId, now: job.now },
  );
  return { read: loaded + rejected, loaded, rejected };
}

/**
 * Gives each record of the file its ordinal line (header line + n). One INSERT appends its rows in
 * the file's order (DuckDB preserves insertion order) under consecutive row ids, so within this
 * transaction the row id is the ordinal: far cheaper than row_number() over (), which serializes the
 * load. The range is checked, never assumed.
 */
async function numberRecords(db: Db, job: FileJob, rawTable: string, headerLine: number, loaded: number): Promise<void> {
  if (loaded === 0) return;
  const table = ident(rawTable);
  const span = (await db.one<{ first: bigint; last: bigint; n: bigint }>(
    `select min(rowid) as first, max(rowid) as last, count(*) as n from ${table} where file_id = $file_id`,
    { file_id: job.fileId },
  ))!;
  if (Number(span.last - span.first) + 1 !== Number(span.n) || Number(span.n) !== loaded) {
    throw new Error(`${job.relPath}: the loaded rows of this file are not contiguous in ${rawTable}; line numbers cannot be assigned.`);
  }
  await db.run(`update ${table} set source_line = $header_line + 1 + (rowid - $first) where file_id = $file_id`, {
    header_line: headerLine,
    first: span.first,
    file_id: job.fileId,
  });
}

/**
 * DuckDB counts records, not lines: a quoted field with line breaks, or a rejected record, shifts the
 * physical line of everything after it. Rebuild the numbering from both.
 */
async function renumberLines(db: Db, job: FileJob, rawTable: string, headerLine: number): Promise<void> {
  const table = ident(rawTable);
  const params = { file_id: job.fileId, header_line: headerLine };
  await db.run(
    `create or replace temp table ingest_line_fix as
     with good as (
       select rowid as rid, source_line - $header_line as k, source_newlines as nl
       from ${table} where file_id = $file_id
     ),
     cumulative as (
       select rid, k, coalesce(sum(nl) over (order by k rows between unbounded preceding and 1 preceding), 0) as nl_before,
              sum(nl) over (order by k rows between unbounded preceding and current row) as nl_through
       from good
     ),
     errors as (
       select line - $header_line as record, row_number() over (order by line) as j, first(csv_line) as csv_line,
              string_agg(distinct error_type || ': ' || error_message, '; ') as reason
       from ingest_csv_errors group by line
     ),
     errors_placed as (
       select record, j, record - j as good_before, csv_line, reason from errors
     ),
     rejects_before as (
       select good_before, max(j) as n from errors_placed group by good_before
     ),
     good_lines as (
       select cumulative.rid, $header_line + cumulative.k + coalesce(rejects_before.n, 0) + cumulative.nl_before as line
       from cumulative asof left join rejects_before on cumulative.k > rejects_before.good_before
     ),
     error_lines as (
       select errors_placed.*, $header_line + errors_placed.record + coalesce(cumulative.nl_through, 0) as line
       from errors_placed asof left join cumulative on errors_placed.good_before >= cumulative.k
     )
     select 'good' as kind, rid, line, null as reason, null as csv_line from good_lines
     union all
     select 'error', null, line, reason, csv_line from error_lines`,
    params,
  );
  await db.run(
    `update ${table} set source_line = ingest_line_fix.line
     from ingest_line_fix where ingest_line_fix.kind = 'good' and ${table}.rowid = ingest_line_fix.rid`,
  );
  await db.run(
    `insert into ingest_rejects
     select $file_id, $source_file, line, reason, csv_line, $batch_id, $now::timestamptz from ingest_line_fix where kind = 'error'`,
    { file_id: job.fileId, source_file: job.relPath, batch_id: job.batchId, now: job.now },
  );
}
