import { ident, literal, openDb, type Db } from '../../pipelines/lib/db.ts';

/**
 * What legitimately differs between two runs over the same inbox, and so is left out or normalized
 * when warehouses are compared. Everything else must be identical.
 */
export const BOOKKEEPING = {
  /** Which run did what, when; killed runs leave their 'running' rows. */
  tables: ['pipeline_runs'],
  /** Which run wrote a row, and when. */
  columns: ['run_id', 'batch_id', 'ingested_at', 'loaded_at', 'rejected_at', 'scored_at', 'computed_at', 'detected_at', 'recorded_at', 'rebuilt_at'],
  /** ingest_rejects.raw_text of a value reject is the staged row as JSON, lineage included: its batch_id and ingested_at are masked. */
  rawTextLineage: /"(batch_id|ingested_at)":"[^"]*"/,
  /**
   * A root-cause id hashes in the run that first found the theme (pipelines/clustering/identity.ts), so
   * each id is replaced by its theme (brand, language, population, label, size); ids inside alert drivers are masked.
   */
  rootCauseIds: true,
  /**
   * DuckDB's CSV reader reports a row broken across lines by a stray quote with one
   * "Found: N" per physical line it tried, and N varies with its parallel scan: the counts are masked.
   */
  csvColumnCounts: /Found: [0-9]+/,
  /** Floating-point sums in parallel aggregations differ in the last bits: doubles are compared to 9 decimals. */
  doubleDecimals: 9,
} as const;

export interface TableDigest {
  rows: number;
  /** Order-independent and duplicate-sensitive: the sum of the rows' hashes. */
  hash: string;
}

interface Column {
  table: string;
  name: string;
  type: string;
}

function comparable(column: Column, alias: string): string | null {
  const name = `${alias}.${ident(column.name)}`;
  if (BOOKKEEPING.columns.includes(column.name as never)) return null;
  if (column.name === 'root_cause_id') return `coalesce(themes.theme, ${name})`;
  if (column.type === 'DOUBLE') return `round(${name}, ${BOOKKEEPING.doubleDecimals})`;
  if (column.table === 'ingest_rejects' && column.name === 'raw_text') {
    return `regexp_replace(${name}, ${literal(BOOKKEEPING.rawTextLineage.source)}, '"\\1":"…"', 'g')`;
  }
  if (column.table === 'ingest_rejects' && column.name === 'reason') return `regexp_replace(${name}, ${literal(BOOKKEEPING.csvColumnCounts.source)}, 'Found: …', 'g')`;
  if (column.table === 'fct_alerts' && column.name === 'drivers') return `regexp_replace(${name}::varchar, '"root_cause_id":"[^"]*"', '"root_cause_id":"…"', 'g')`;
  return name;
}

/** `select <comparable columns> from <table>` for a table of the database `catalog`. */
async function comparableSelects(db: Db, catalog: string): Promise<Map<string, string>> {
  const columns = await db.all<Column>(
    `select table_name as "table", column_name as name, data_type as type from duckdb_columns()
     where database_name = $catalog and schema_name = 'main' order by table_name, column_index`,
    { catalog },
  );
  const byTable = new Map<string, Column[]>();
  for (const column of columns) {
    if (BOOKKEEPING.tables.includes(column.table as never)) continue;
    byTable.set(column.table, [...(byTable.get(column.table) ?? []), column]);
  }
  const hasThemes = byTable.has('fct_root_causes');
  const out = new Map<string, string>();
  for (const [table, cols] of byTable) {
    const list = cols.map((c) => comparable(c, 't')).filter((e): e is string => e !== null);
    const themed = hasThemes && cols.some((c) => c.name === 'root_cause_id');
    const from = `${catalog}.${ident(table)} as t`;
    out.set(
      table,
      themed
        ? `select ${list.join(', ')} from ${from} left join (
             select root_cause_id, concat_ws(' / ', brand, lang, population, label, size) as theme from ${catalog}.fct_root_causes
           ) as themes on themes.root_cause_id = t.root_cause_id`
        : `select ${list.join(', ')} from ${from}`,
    );
  }
  return out;
}

async function withWarehouses<T>(paths: string[], fn: (db: Db, catalogs: string[]) => Promise<T>): Promise<T> {
  const db = await openDb(':memory:');
  try {
    const catalogs = paths.map((_, i) => `w${i}`);
    for (const [i, path] of paths.entries()) await db.run(`attach ${literal(path)} as ${catalogs[i]} (read_only)`);
    return await fn(db, catalogs);
  } finally {
    db.close();
  }
}

/** Row count and content hash of every table and view of a warehouse, bookkeeping left out (BOOKKEEPING). */
export async function digestWarehouse(path: string): Promise<Record<string, TableDigest>> {
  return withWarehouses([path], async (db, [catalog]) => {
    const out: Record<string, TableDigest> = {};
    for (const [table, select] of await comparableSelects(db, catalog)) {
      const row = await db.one<{ rows: bigint; hash: bigint | null }>(
        `select count(*) as rows, sum(hash(*columns(*))::hugeint) as hash from (${select})`,
      );
      out[table] = { rows: Number(row?.rows ?? 0), hash: String(row?.hash ?? 0) };
    }
    return out;
  });
}

/** A few rows that one warehouse's table has and the other's lacks, to say what differs. */
export async function tableDifference(left: string, right: string, table: string, limit = 3): Promise<Record<string, unknown>[]> {
  return withWarehouses([left, right], async (db, [lhs, rhs]) => {
    const l = (await comparableSelects(db, lhs)).get(table);
    const r = (await comparableSelects(db, rhs)).get(table);
    if (!l || !r) return [{ missing: l ? right : left }];
    return db.all(
      `(select 'left' as only_in, * from (${l} except all ${r}) limit ${limit}) union all (select 'right', * from (${r} except all ${l}) limit ${limit})`,
    );
  });
}
