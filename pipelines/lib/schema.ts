import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { literal, type Db } from './db.ts';
import { QUERIES_DIR } from './queries.ts';

/**
 * Creates the tables TypeScript stages fill (queries/ddl, in file order), the shared macros, and the
 * reference tables from queries/seeds/*.csv as ref_<name>. Safe to run on every start.
 */
export async function ensureSchema(db: Db): Promise<string[]> {
  const ddlDir = join(QUERIES_DIR, 'ddl');
  for (const file of readdirSync(ddlDir).filter((f) => f.endsWith('.sql')).sort()) {
    await db.run(readFileSync(join(ddlDir, file), 'utf8'));
  }
  const seedDir = join(QUERIES_DIR, 'seeds');
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.csv')).sort()) {
    const table = `ref_${basename(file, '.csv')}`;
    await db.run(
      `create or replace table ${table} as select * from read_csv(${literal(join(seedDir, file))}, header=true, all_varchar=true, delim=',', quote='"')`,
    );
  }
  const tables = await db.all<{ name: string }>('select table_name as name from information_schema.tables');
  return tables.map((t) => t.name);
}

/** The text of every DDL file and seed: part of what every stage's output depends on. */
export function schemaText(): string {
  const parts: string[] = [];
  for (const folder of ['ddl', 'seeds']) {
    const dir = join(QUERIES_DIR, folder);
    for (const file of readdirSync(dir).sort()) parts.push(file, readFileSync(join(dir, file), 'utf8'));
  }
  return parts.join('\n');
}
