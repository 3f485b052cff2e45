import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { CliError } from '../lib/errors.ts';
import { openWarehouse, openWorkspace } from '../lib/workspace.ts';
import { PIPELINE } from '../pipeline.ts';
import { readCatalog } from './read-catalog.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';

export interface DocsOptions {
  out?: string;
  warehouse?: string;
}

export const DEFAULT_DOCS_OUT = 'reports/out/data-dictionary.html';

/** Writes the data dictionary of the warehouse: HTML, or Markdown when the path ends in .md. */
export async function writeDocs(opts: DocsOptions): Promise<string> {
  const workspace = await openWorkspace({ warehouse: opts.warehouse });
  if (!existsSync(workspace.warehouse)) {
    throw new CliError(`No warehouse at ${workspace.warehouse}: run \`listen run\` (or npm start for the sample) first, or pass --warehouse PATH.`, 1);
  }
  const out = resolve(opts.out ?? resolve(workspace.root, DEFAULT_DOCS_OUT));
  const db = await openWarehouse(workspace.warehouse, { readOnly: true });
  let relations;
  try {
    relations = await readCatalog(db, PIPELINE);
  } finally {
    db.close();
  }
  const inRoot = relative(workspace.root, workspace.warehouse);
  const meta = { warehouse: inRoot.startsWith('..') ? workspace.warehouse : inRoot, generatedAt: new Date().toISOString() };
  const text = out.endsWith('.md') ? renderMarkdown(relations, meta) : renderHtml(relations, meta);
  mkdirSync(dirname(out), { recursive: true });
  const temp = `${out}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, out);
  const missing = relations.reduce((n, r) => n + (r.comment === null ? 1 : 0) + r.columns.filter((c) => c.comment === null).length, 0);
  process.stderr.write(`Wrote ${relative(process.cwd(), out) || out}: ${relations.length} tables and views${missing ? `, ${missing} without a comment (add them in queries/dictionary/)` : ''}\n`);
  return out;
}
