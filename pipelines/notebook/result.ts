import type { Table } from 'apache-arrow';
import type { DataFrame } from 'danfojs';
import { toArrowTable } from './arrow.ts';
import { plainValue, type Column } from './values.ts';

/** The rows of one query, with the same data as an Arrow table or a danfo DataFrame on demand. */
export class QueryResult {
  /** Rows with notebook-friendly values (see plainValue). */
  readonly rows: Record<string, unknown>[];

  constructor(
    readonly columns: Column[],
    private readonly rawRows: Record<string, unknown>[],
  ) {
    this.rows = rawRows.map((raw) => Object.fromEntries(columns.map((c) => [c.name, plainValue(raw[c.name], c)])));
  }

  get columnNames(): string[] {
    return this.columns.map((c) => c.name);
  }

  /** An apache-arrow Table typed from DuckDB's column types. */
  arrow(): Table {
    return toArrowTable(this.columns, this.rawRows);
  }

  /** A danfo DataFrame; danfojs is loaded on first use (it is large). Lists and structs become JSON text, timestamps ISO text. */
  async frame(): Promise<DataFrame> {
    const { DataFrame } = await import('danfojs');
    const data = Object.fromEntries(this.columns.map((c) => [c.name, this.rows.map((row) => frameValue(row[c.name]))]));
    return new DataFrame(data, { columns: this.columnNames });
  }
}

function frameValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return Number(value);
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}
