const display = (value: unknown): string => {
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
  return String(value).replace(/\s+/g, ' ');
};

/** Rows as an aligned text table; long cells are cut so a row stays on one line. */
export function formatTable(rows: Record<string, unknown>[], columns: string[], maxWidth = 60): string {
  const cells = rows.map((row) => columns.map((c) => {
    const text = display(row[c]);
    return text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;
  }));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (parts: string[]) => parts.map((p, i) => p.padEnd(widths[i])).join(' │ ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(columns), rule, ...cells.map(line)].join('\n');
}
