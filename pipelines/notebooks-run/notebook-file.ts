import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Cell {
  cell_type: 'code' | 'markdown' | 'raw';
  id?: string;
  metadata: { tags?: string[]; [key: string]: unknown };
  source: string | string[];
  outputs?: Array<Record<string, unknown>>;
  execution_count?: number | null;
}

export interface Notebook {
  cells: Cell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

export const sourceText = (cell: Cell): string => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);

/** Jupyter's own layout (sorted keys, one-space indent, source as lines), so saving from Jupyter does not churn the diff. */
export function serializeNotebook(notebook: Notebook): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]));
    }
    return value;
  };
  const cells = notebook.cells.map((cell) => ({ ...cell, source: splitLines(sourceText(cell)) }));
  return `${JSON.stringify(sorted({ ...notebook, cells }), null, 1)}\n`;
}

function splitLines(text: string): string[] {
  return text.split(/(?<=\n)/).filter((line) => line !== '');
}

export function readNotebook(path: string): Notebook {
  return JSON.parse(readFileSync(path, 'utf8')) as Notebook;
}

/** Writes beside the target, then renames, so a reader never sees half a file. */
export function writeFileAtomic(path: string, content: string | Buffer): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, content);
  renameSync(temp, path);
}

/** The notebooks of a folder by name (file name without .ipynb), sorted. */
export function listNotebooks(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.ipynb') && !f.startsWith('.')).map((f) => f.slice(0, -'.ipynb'.length)).sort();
  } catch {
    return [];
  }
}

/** What makes a notebook not committable: outputs, execution counts, execution timings. */
export function unstrippedCells(notebook: Notebook): number[] {
  return notebook.cells.flatMap((cell, index) =>
    (cell.outputs?.length ?? 0) > 0 || (cell.execution_count ?? null) !== null || 'execution' in cell.metadata ? [index + 1] : [],
  );
}

export function stripNotebook(notebook: Notebook): Notebook {
  return {
    ...notebook,
    cells: notebook.cells.map((cell) => {
      const { execution: _execution, ...metadata } = cell.metadata;
      return cell.cell_type === 'code' ? { ...cell, metadata, outputs: [], execution_count: null } : { ...cell, metadata };
    }),
  };
}
