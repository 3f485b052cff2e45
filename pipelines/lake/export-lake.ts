import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ident, literal, type Db } from '../lib/db.ts';
import { CliError } from '../lib/errors.ts';
import type { Logger } from '../lib/log.ts';
import { openWarehouse } from '../lib/workspace.ts';
import { lakeMessages } from './messages.ts';
import { LAKE_TABLES, PARTITION_COLUMNS, lakeType, type LakeTable } from './tables.ts';

export interface LakeColumn {
  name: string;
  /** The type a Parquet reader sees (DuckDB's name for it). */
  type: string;
  /** The warehouse type, when the lake stores it differently (see lakeType). */
  warehouseType?: string;
}

export interface LakeTableManifest {
  path: string;
  rows: number;
  files: number;
  bytes: number;
  partitionedBy: string[];
  /** For partitioned tables: the UTC timestamp column `month` is derived from. */
  monthFrom?: string;
  columns: LakeColumn[];
}

export interface LakeManifest {
  format: 'parquet';
  compression: 'zstd';
  partitioning: 'hive';
  exportedAt: string;
  warehouse: string;
  tables: Record<string, LakeTableManifest>;
}

export interface ExportLakeOptions {
  warehouse: string;
  out: string;
  /** Subset of LAKE_TABLES by name; all that the warehouse has by default. */
  tables?: string[];
  log: Logger;
  now?: Date;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function chooseTables(requested: string[] | undefined, present: Set<string>, warehouse: string, log: Logger): LakeTable[] {
  const known = LAKE_TABLES.map((t) => t.name);
  if (requested?.length) {
    const unknown = requested.filter((name) => !known.includes(name));
    if (unknown.length) throw new CliError(lakeMessages.unknownTables(unknown, known), 2);
    const missing = requested.filter((name) => !present.has(name));
    if (missing.length) throw new CliError(lakeMessages.missingTables(missing, warehouse), 1);
    return LAKE_TABLES.filter((t) => requested.includes(t.name));
  }
  if (!present.has('fct_mentions')) throw new CliError(lakeMessages.missingTables(['fct_mentions'], warehouse), 1);
  const missing = known.filter((name) => !present.has(name));
  if (missing.length) log.warn(lakeMessages.missingTables(missing, warehouse));
  return LAKE_TABLES.filter((t) => present.has(t.name));
}

async function exportTable(db: Db, table: LakeTable, dir: string): Promise<LakeTableManifest> {
  const columns = await db.all<{ name: string; type: string }>(
    "select column_name as name, data_type as type from duckdb_columns() where table_name = $table and schema_name = 'main' order by column_index",
    { table: table.name },
  );
  const select = columns.map(({ name, type }) => (lakeType(type) === type ? ident(name) : `cast(${ident(name)} as ${lakeType(type)}) as ${ident(name)}`));
  const target = join(dir, table.name);
  if (table.monthFrom) {
    // The session is UTC (openDb), and timezone() makes the month UTC whatever a reader's session says.
    select.push(`strftime(timezone('UTC', ${ident(table.monthFrom)}), '%Y-%m') as month`);
    await db.run(
      `copy (select ${select.join(', ')} from ${ident(table.name)} order by ${ident(table.monthFrom)})
       to ${literal(target)} (format parquet, compression zstd, partition_by (${PARTITION_COLUMNS.map(ident).join(', ')}))`,
    );
  } else {
    mkdirSync(target);
    await db.run(`copy (select ${select.join(', ')} from ${ident(table.name)}) to ${literal(join(target, `${table.name}.parquet`))} (format parquet, compression zstd)`);
  }
  const files = filesUnder(target);
  const glob = literal(join(target, '**', '*.parquet'));
  const read = `read_parquet(${glob}, hive_partitioning = ${table.monthFrom ? 'true' : 'false'})`;
  const schema = await db.all<{ column_name: string; column_type: string }>(`describe select * from ${read}`);
  const counted = await db.one<{ rows: bigint }>(`select count(*) as rows from ${read}`);
  const types = new Map(columns.map((c) => [c.name, c.type]));
  return {
    path: `${table.name}/`,
    rows: Number(counted?.rows ?? 0),
    files: files.length,
    bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    partitionedBy: table.monthFrom ? PARTITION_COLUMNS : [],
    ...(table.monthFrom ? { monthFrom: table.monthFrom } : {}),
    columns: schema.map(({ column_name: name, column_type: type }) => {
      const warehouseType = types.get(name);
      return warehouseType && warehouseType !== type ? { name, type, warehouseType } : { name, type };
    }),
  };
}

/** Puts the finished lake at `out`, replacing an earlier lake there, never anything else. */
function swapInto(built: string, out: string): void {
  if (!existsSync(out)) {
    renameSync(built, out);
    return;
  }
  const isLake = existsSync(join(out, '_manifest.json'));
  const isEmpty = statSync(out).isDirectory() && readdirSync(out).length === 0;
  if (!isLake && !isEmpty) throw new CliError(lakeMessages.notALake(out), 1);
  const old = `${out}.old-${randomUUID().slice(0, 8)}`;
  renameSync(out, old);
  renameSync(built, out);
  rmSync(old, { recursive: true, force: true });
}

/** Writes the warehouse's marts as a Hive-partitioned Parquet lake; the warehouse is opened read-only. */
export async function exportLake(options: ExportLakeOptions): Promise<LakeManifest> {
  const started = Date.now();
  const out = resolve(options.out);
  if (!existsSync(options.warehouse)) throw new CliError(lakeMessages.noWarehouse(options.warehouse), 1);
  if (existsSync(out) && !existsSync(join(out, '_manifest.json')) && readdirSync(out).length > 0) throw new CliError(lakeMessages.notALake(out), 1);
  const db = await openWarehouse(options.warehouse, { readOnly: true });
  mkdirSync(dirname(out), { recursive: true });
  const building = join(dirname(out), `${basename(out)}.tmp-${randomUUID().slice(0, 8)}`);
  mkdirSync(building);
  const manifest: LakeManifest = {
    format: 'parquet',
    compression: 'zstd',
    partitioning: 'hive',
    exportedAt: (options.now ?? new Date()).toISOString(),
    warehouse: options.warehouse,
    tables: {},
  };
  try {
    const present = new Set(
      (await db.all<{ name: string }>("select table_name as name from duckdb_tables() where schema_name = 'main'")).map((t) => t.name),
    );
    const tables = chooseTables(options.tables, present, options.warehouse, options.log);
    const progress = options.log.progress('Exporting tables', tables.length);
    for (const [i, table] of tables.entries()) {
      progress.update(i);
      manifest.tables[table.name] = await exportTable(db, table, building);
    }
    progress.done();
    writeFileSync(join(building, '_manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    swapInto(building, out);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    throw error;
  } finally {
    db.close();
  }
  const entries = Object.values(manifest.tables);
  process.stderr.write(
    `${lakeMessages.summary(
      entries.length,
      manifest.tables.fct_mentions?.rows ?? 0,
      entries.reduce((sum, t) => sum + t.files, 0),
      entries.reduce((sum, t) => sum + t.bytes, 0),
      out,
      (Date.now() - started) / 1000,
    )}\n`,
  );
  return manifest;
}
