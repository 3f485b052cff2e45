import { createRequire } from 'node:module';
import type { TopLevelSpec } from 'vega-lite';
import { htmlTable, type TableOptions } from './html-table.ts';
import { QueryResult } from './result.ts';

/** Where rich output goes: tslab's display in a kernel; tests pass their own. */
export interface Display {
  html(html: string): void;
  svg(svg: string): void;
  text(text: string): void;
}

let current: Display | undefined;

/** tslab is loaded only when something is shown: outside a kernel it would print nothing, and it pulls in a TypeScript compiler. */
export function notebookDisplay(): Display {
  current ??= (createRequire(import.meta.url)('tslab') as { display: Display }).display;
  return current;
}

type WithoutData<T> = T extends unknown ? Omit<T, 'data'> & { data?: TopLevelSpec['data'] } : never;
/** A Vega-Lite spec whose data may come from `rows` instead. */
export type ChartSpec = WithoutData<TopLevelSpec>;

export interface ShowOptions {
  display?: Display;
}

// The show* functions return nothing: tslab prints a cell's last value, which would repeat the output as text.

/** Renders a Vega-Lite spec to SVG and shows it inline; `rows` become its data when given. Vega-Lite's warnings are shown as text. */
export async function showChart(spec: ChartSpec, options: ShowOptions & { rows?: Record<string, unknown>[] | QueryResult } = {}): Promise<void> {
  const display = options.display ?? notebookDisplay();
  const rows = options.rows instanceof QueryResult ? options.rows.rows : options.rows;
  const withData = (rows ? { ...spec, data: { values: rows } } : spec) as TopLevelSpec;
  // Loaded here, not at the top: vega reaches vega-canvas, whose top-level await cannot be require()d, and a
  // tslab kernel loads this library through require(); import() goes through the ESM loader instead.
  const { compileChart, renderSvg } = await import('../charts/render.ts');
  const { vega, warnings } = compileChart(withData);
  const svg = await renderSvg(vega);
  if (warnings.length) display.text(`Vega-Lite warnings:\n${warnings.join('\n')}`);
  display.svg(svg);
}

/** Shows rows (or a query result) as an HTML table with every cell escaped. */
export function showTable(rows: Record<string, unknown>[] | QueryResult, options: ShowOptions & TableOptions = {}): void {
  const display = options.display ?? notebookDisplay();
  const html =
    rows instanceof QueryResult ? htmlTable(rows.rows, { columns: rows.columnNames, ...options }) : htmlTable(rows, options);
  display.html(html);
}
