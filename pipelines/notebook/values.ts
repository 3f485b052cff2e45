import { DuckDBTypeId, type DuckDBType } from '@duckdb/node-api';

export interface Column {
  name: string;
  /** DuckDB's name for the type, e.g. VARCHAR, BIGINT, TIMESTAMP WITH TIME ZONE. */
  type: string;
  typeId: DuckDBTypeId;
}

const DATE_TYPES = new Set([DuckDBTypeId.DATE]);

/**
 * A DuckDB value as a notebook wants it: integers within 2^53 as numbers (counts come back as BIGINT),
 * DATE as 'YYYY-MM-DD' (a JS Date at UTC midnight shows the previous day in western zones), timestamps as Date.
 */
export function plainValue(value: unknown, column: Column): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  if (value instanceof Date && DATE_TYPES.has(column.typeId)) return value.toISOString().slice(0, 10);
  return value;
}

export function toColumns(names: string[], types: DuckDBType[]): Column[] {
  return names.map((name, i) => ({ name, type: types[i].toString(), typeId: types[i].typeId }));
}
