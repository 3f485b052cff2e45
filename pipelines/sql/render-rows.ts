import { formatTable } from './format-table.ts';

export type OutputMode = 'table' | 'csv' | 'json';

const csvCell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Rows (JSON-safe values, as DuckDB's getRowObjectsJson gives them) in the prompt's output mode. */
export function renderRows(rows: Record<string, unknown>[], columns: string[], mode: OutputMode, limit: number): string {
  if (mode === 'json') return JSON.stringify(rows, null, 2);
  if (mode === 'csv') return [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))].join('\n');
  return formatTable(rows.slice(0, limit), columns);
}
