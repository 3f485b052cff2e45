import { ident, literal, type Db } from '../lib/db.ts';

/**
 * Inserts many rows in one statement: the rows travel as one bound JSON value and DuckDB unpacks them.
 * `shape` lists the table's columns in order with their DuckDB types (code constants, never user text).
 */
export async function insertRows(db: Db, table: string, shape: Record<string, string>, rows: Record<string, unknown>[], chunk = 20_000): Promise<void> {
  const structure = literal(JSON.stringify([shape]));
  for (let start = 0; start < rows.length; start += chunk) {
    const json = JSON.stringify(rows.slice(start, start + chunk));
    await db.run(`insert into ${ident(table)} select unnest(from_json($rows::json, ${structure}), recursive := true)`, { rows: json });
  }
}
