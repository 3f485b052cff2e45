import { escapeHtml } from '../reports/html.ts';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().replace('.000Z', 'Z');
  if (typeof value === 'object') return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v));
  return String(value);
}

export interface TableOptions {
  /** Rows shown; the rest are counted under the table. Default 50. */
  limit?: number;
  columns?: string[];
}

/** Rows as an HTML table: every header and cell escaped, numbers right-aligned, NULL shown as an empty grey cell. */
export function htmlTable(rows: Record<string, unknown>[], options: TableOptions = {}): string {
  const limit = options.limit ?? 50;
  const columns = options.columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = rows.slice(0, limit).map((row) => {
    const cells = columns.map((c) => {
      const value = row[c];
      if (value === null || value === undefined) return '<td style="background:#f4f4f4"></td>';
      const numeric = typeof value === 'number' || typeof value === 'bigint';
      return `<td${numeric ? ' style="text-align:right"' : ''}>${escapeHtml(cellText(value))}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const more = rows.length > limit ? `<p>${rows.length - limit} more row(s) not shown (${rows.length} in all).</p>` : '';
  return `<table><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>${more}`;
}
