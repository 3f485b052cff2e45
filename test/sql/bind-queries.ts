import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import type { Db } from '../../pipelines/lib/db.ts';
import { QUERIES_DIR } from '../../pipelines/lib/queries.ts';
import { tempDir } from '../pipeline/helpers.ts';

/** Folders whose files are not SELECTs: DDL runs in every pipeline run, dictionary files are checked for coverage, seeds are CSV. */
const NOT_SELECTS = new Set(['ddl', 'dictionary', 'seeds']);
const SCRATCH = readFileSync(new URL('./scratch-relations.sql', import.meta.url), 'utf8');

export interface QueryFile {
  path: string;
  name: string;
  sql: string;
}

/** Every .sql file under queries/, at any depth, but for the folders that hold no SELECTs. */
export function queryFiles(): QueryFile[] {
  return readdirSync(QUERIES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.sql') && !NOT_SELECTS.has(file.split(sep)[0]))
    .sort()
    .map((file) => ({ path: file.split(sep).join('/'), name: basename(file, '.sql'), sql: readFileSync(join(QUERIES_DIR, file), 'utf8') }));
}

async function tryRun(db: Db, sql: string): Promise<boolean> {
  try {
    const prepared = await db.connection.prepare(sql);
    for (let i = 1; i <= prepared.parameterCount; i++) prepared.bindNull(i);
    await prepared.run();
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates, as empty temp tables, the scratch relations stages build while they run (a stage's SQL file
 * named for one, a multi-statement file of DDL, or the shapes in scratch-relations.sql), repeating
 * until nothing more can be made, so every query file can then bind as it does inside its stage.
 */
export async function createScratchRelations(db: Db, files: QueryFile[]): Promise<void> {
  const csv = join(tempDir('bind'), 'rejects.csv');
  writeFileSync(csv, 'a,b\n1,2\n');
  await db.run(`select * from read_csv('${csv}', store_rejects=true, rejects_table='ingest_csv_errors', rejects_scan='ingest_csv_scans')`);
  const existing = new Set((await db.all<{ name: string }>('select table_name as name from duckdb_tables() union all select view_name from duckdb_views()')).map((r) => r.name));
  const pending = new Map<string, { sql: string; script: boolean }>();
  for (const statement of statementsOf(SCRATCH)) pending.set(statement, { sql: statement, script: false });
  for (const file of files) {
    if (existing.has(file.name)) continue;
    const script = statementsOf(file.sql).length > 1;
    const sql = script ? file.sql : `create temp table ${file.name} as select * from (${file.sql.trim().replace(/;$/, '')}\n) limit 0`;
    pending.set(file.path, { sql, script });
  }
  for (let progress = true; progress && pending.size; ) {
    progress = false;
    for (const [key, { sql, script }] of pending) {
      if (await (script ? runAll(db, sql) : tryRun(db, sql))) {
        pending.delete(key);
        progress = true;
      }
    }
  }
}

const statementsOf = (sql: string) => sql.split(/;\s*\n/).filter((s) => s.replace(/--[^\n]*/g, '').trim());

async function runAll(db: Db, sql: string): Promise<boolean> {
  try {
    await db.run(sql);
    return true;
  } catch {
    return false;
  }
}

/** The files that do not bind, with DuckDB's reason. */
export async function bindFailures(db: Db, files: QueryFile[]): Promise<string[]> {
  const failures: string[] = [];
  for (const file of files) {
    try {
      if (statementsOf(file.sql).length > 1) await db.run(file.sql);
      else await db.connection.prepare(file.sql.trim().replace(/;$/, ''));
    } catch (error) {
      failures.push(`queries/${file.path}: ${String((error as Error).message).split('\n')[0]}`);
    }
  }
  return failures;
}
