// The library notebooks import as "listening-workspace/notebook" (see docs/notebooks.md).
export { openWarehouse, query, type QueryParams, type Warehouse } from './notebook/warehouse.ts';
export { QueryResult } from './notebook/result.ts';
export type { Column } from './notebook/values.ts';
export { showChart, showTable, notebookDisplay, type ChartSpec, type Display } from './notebook/display.ts';
export { htmlTable } from './notebook/html-table.ts';
export { escapeHtml } from './reports/html.ts';
export { showReport } from './notebook/report.ts';
