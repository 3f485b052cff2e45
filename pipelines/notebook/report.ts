import type { ReportParams } from '../reports/params.ts';
import { notebookDisplay, type ShowOptions } from './display.ts';
import { openWorkspace } from '../lib/workspace.ts';
import { openWarehouse, type Warehouse } from './warehouse.ts';

/**
 * Renders a report declaration from reports/ (e.g. 'volume-sentiment') with its queries run on the
 * warehouse and shows the SVG inline; parameters left out take the workspace defaults.
 */
export async function showReport(name: string, params: ReportParams = {}, options: ShowOptions & { warehouse?: Warehouse } = {}): Promise<void> {
  const display = options.display ?? notebookDisplay();
  const warehouse = options.warehouse ?? (await openWarehouse());
  // import(), not a top-level import: the renderer reaches vega, whose top-level await require() cannot load (see display.ts).
  const { renderDeclaration } = await import('../reports/render-declaration.ts');
  const { loadDeclarations } = await import('../reports/declaration.ts');
  const [declaration] = loadDeclarations((await openWorkspace()).root, [name]);
  const db = await warehouse.connect();
  try {
    const rendered = await renderDeclaration(db, declaration, params);
    if (rendered.warnings.length) display.text(`Vega-Lite warnings:\n${rendered.warnings.join('\n')}`);
    display.svg(rendered.svg);
  } finally {
    db.close();
  }
}
