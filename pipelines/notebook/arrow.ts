import { Bool, DateDay, Float64, Int32, Int64, Table, TimestampMillisecond, Utf8, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import { DuckDBTypeId } from '@duckdb/node-api';
import type { Column } from './values.ts';

const json = (value: unknown) => JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v));

/** The Arrow type for a DuckDB column, and how to turn its JS values into that type's values. */
function arrowType(column: Column): { type: DataType; convert: (value: unknown) => unknown } {
  const same = (value: unknown) => value;
  switch (column.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return { type: new Bool(), convert: same };
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
      return { type: new Int32(), convert: same };
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.HUGEINT:
      return { type: new Int64(), convert: (value) => (value == null ? value : BigInt(value as number | bigint)) };
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
    case DuckDBTypeId.DECIMAL:
      return { type: new Float64(), convert: (value) => (value == null ? value : Number(value)) };
    case DuckDBTypeId.DATE:
      return { type: new DateDay(), convert: same };
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_S:
    case DuckDBTypeId.TIMESTAMP_MS:
    case DuckDBTypeId.TIMESTAMP_NS:
      return { type: new TimestampMillisecond(), convert: same };
    case DuckDBTypeId.TIMESTAMP_TZ:
      return { type: new TimestampMillisecond('UTC') as unknown as DataType, convert: same };
    case DuckDBTypeId.VARCHAR:
    case DuckDBTypeId.ENUM:
    case DuckDBTypeId.UUID:
      return { type: new Utf8(), convert: (value) => (value == null ? value : String(value)) };
    default:
      // Lists, structs, maps, JSON-ish values and the rest: their JSON text, so nothing is dropped.
      return { type: new Utf8(), convert: (value) => (value == null ? value : typeof value === 'string' ? value : json(value)) };
  }
}

/** Rows (as DuckDB returned them) to an Arrow table; strings stay plain Utf8, not dictionaries. */
export function toArrowTable(columns: Column[], rawRows: Record<string, unknown>[]): Table {
  const vectors: Record<string, Vector> = {};
  for (const column of columns) {
    const { type, convert } = arrowType(column);
    vectors[column.name] = vectorFromArray(rawRows.map((row) => convert(row[column.name])), type);
  }
  return new Table(vectors);
}

