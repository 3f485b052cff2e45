import { readFileSync } from 'node:fs';
import { setVariables, type Db } from '../lib/db.ts';
import { stripTrailingSemicolon } from '../lib/queries.ts';
import { queryPath } from './declaration.ts';

export type Row = Record<string, unknown>;

/** Sets the DuckDB variables report queries read with getvariable(), as text; null unsets one. */
export async function setReportVariables(db: Db, values: Record<string, string | number | null | undefined>): Promise<void> {
  await setVariables(db, Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value === null || value === undefined ? null : String(value)])));
}

/** A value Vega and JSON can carry: BIGINT/HUGEINT as numbers, times as ISO text. */
function jsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(jsonValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonValue(v)]));
  return value;
}

/** Runs queries/<ref>.sql with the variables already set; rows come back JSON-ready. */
export async function runReportQuery(db: Db, ref: string): Promise<Row[]> {
  const sql = stripTrailingSemicolon(readFileSync(queryPath(ref), 'utf8'));
  try {
    const rows = await db.all<Row>(sql);
    return rows.map((row) => jsonValue(row) as Row);
  } catch (error) {
    const message = ((error as Error).message ?? String(error)).split('\n  in SQL:')[0];
    throw new Error(`queries/${ref}.sql failed: ${message}. Is the warehouse built by this version (listen run)?`, { cause: error });
  }
}
