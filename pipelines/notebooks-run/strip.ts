import { join } from 'node:path';
import { listNotebooks, readNotebook, serializeNotebook, stripNotebook, unstrippedCells, writeFileAtomic } from './notebook-file.ts';

export interface StripReport {
  /** Notebook file → the cells (1-based) with outputs or execution counts. */
  unstripped: Map<string, number[]>;
}

/** Finds committed-notebook problems; with `fix`, rewrites those notebooks without outputs and execution counts. */
export function stripNotebooks(dir: string, options: { fix: boolean }): StripReport {
  const unstripped = new Map<string, number[]>();
  for (const name of listNotebooks(dir)) {
    const file = join(dir, `${name}.ipynb`);
    const notebook = readNotebook(file);
    const cells = unstrippedCells(notebook);
    if (cells.length === 0) continue;
    unstripped.set(file, cells);
    if (options.fix) writeFileAtomic(file, serializeNotebook(stripNotebook(notebook)));
  }
  return { unstripped };
}

export const unstrippedMessage = (report: StripReport): string =>
  `${[...report.unstripped].map(([file, cells]) => `${file}: cell(s) ${cells.join(', ')} have outputs or execution counts`).join('\n')}\n` +
  'Notebooks are committed without outputs: run npx listen notebook strip, then commit.';
