import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { CliError } from '../lib/errors.ts';
import { WORKSPACE_ROOT } from '../lib/workspace.ts';
import { executeNotebook, exportHtml, failureMessage, type ExecuteOptions } from './execute.ts';
import { KERNEL_NAME } from './kernel.ts';
import { listNotebooks, readNotebook, serializeNotebook, writeFileAtomic } from './notebook-file.ts';
import { injectParameters } from './parameters.ts';

export const NOTEBOOKS_DIR = join(WORKSPACE_ROOT, 'notebooks');

export interface RunOptions {
  params: Array<[string, string]>;
  /** Output folder; default reports/out/notebooks/<name>-<UTC time>/ under the workspace. */
  out?: string;
  /** A DuckDB file for the notebook's LISTEN_WAREHOUSE. */
  warehouse?: string;
  /** Seconds for the whole run, and for any one cell. */
  timeoutSeconds: number;
  /** Where notebooks are looked up; default notebooks/. */
  dir?: string;
  now?: Date;
}

export interface RunResult {
  notebook: string;
  html: string;
  seconds: number;
}

export function notebookPath(name: string, dir = NOTEBOOKS_DIR): string {
  const names = listNotebooks(dir);
  const bare = name.replace(/\.ipynb$/, '');
  if (!names.includes(bare)) {
    throw new CliError(`No notebook named '${name}' in ${dir}. Notebooks: ${names.join(', ') || '(none)'}.`, 2);
  }
  return join(dir, `${bare}.ipynb`);
}

const runId = (name: string, now: Date) => `${name}-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;

function copyAtomic(from: string, to: string): void {
  const temp = join(dirname(to), `.${basename(to)}.${process.pid}.tmp`);
  copyFileSync(from, temp);
  renameSync(temp, to);
}

/**
 * Executes a notebook headlessly: copies it with the parameters injected, runs it with nbconvert on the
 * project's tslab kernel, exports HTML, and writes <out>/<name>.ipynb and <out>/<name>.html atomically.
 * A failed cell ends the run with an error naming the cell; the executed copy is kept as <name>.failed.ipynb.
 */
export async function runNotebook(name: string, options: RunOptions): Promise<RunResult> {
  const source = notebookPath(name, options.dir);
  const bare = basename(source, '.ipynb');
  const label = relative(WORKSPACE_ROOT, source).startsWith('..') ? source : relative(WORKSPACE_ROOT, source);
  const started = performance.now();
  const root = process.env.LISTEN_ROOT ? resolve(process.env.LISTEN_ROOT) : WORKSPACE_ROOT;
  const out = resolve(options.out ?? join(root, 'reports', 'out', 'notebooks', runId(bare, options.now ?? new Date())));
  const notebook = injectParameters(readNotebook(source), options.params, label);
  notebook.metadata.kernelspec = { ...(notebook.metadata.kernelspec as object), name: KERNEL_NAME };

  // The copy runs from a folder inside the project: tslab compiles from the kernel's working directory
  // (the notebook's folder) and finds the library through the project's node_modules above it.
  const runsDir = join(WORKSPACE_ROOT, '.jupyter', 'runs');
  mkdirSync(runsDir, { recursive: true });
  const work = mkdtempSync(join(runsDir, `${bare}-`));
  try {
    const input = join(work, `${bare}.ipynb`);
    writeFileAtomic(input, serializeNotebook(notebook));
    const executed = join(work, 'executed');
    mkdirSync(executed);
    const execOptions: ExecuteOptions = { label, timeoutSeconds: options.timeoutSeconds, env: options.warehouse ? { LISTEN_WAREHOUSE: resolve(options.warehouse) } : {} };
    const { executedFile, failed } = await executeNotebook(input, executed, execOptions);
    mkdirSync(out, { recursive: true });
    if (failed) {
      const kept = join(out, `${bare}.failed.ipynb`);
      copyAtomic(executedFile, kept);
      throw new CliError(`${failureMessage(label, failed)}\nThe executed notebook is in ${kept}; fix the cell and run again.`, 1);
    }
    const html = await exportHtml(executedFile, execOptions);
    const notebookOut = join(out, `${bare}.ipynb`);
    const htmlOut = join(out, `${bare}.html`);
    copyAtomic(executedFile, notebookOut);
    copyAtomic(html, htmlOut);
    rmSync(join(out, `${bare}.failed.ipynb`), { force: true });
    return { notebook: notebookOut, html: htmlOut, seconds: (performance.now() - started) / 1000 };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
