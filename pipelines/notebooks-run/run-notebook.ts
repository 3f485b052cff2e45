import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { $ } from 'zx';
import { CliError } from '../lib/errors.ts';
import { WORKSPACE_ROOT } from '../lib/workspace.ts';
import { ensureKernel, jupyterEnv, KERNEL_NAME, NBCONVERT_CONFIG, python } from './kernel.ts';
import { listNotebooks, readNotebook, serializeNotebook, sourceText, writeFileAtomic, type Notebook } from './notebook-file.ts';
import { injectParameters, INJECTED_TAG } from './parameters.ts';

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

/** The first cell nbconvert marked as failed, with the message tslab wrote to its stderr. */
function failedCell(notebook: Notebook): { name: string; firstLine: string; error: string } | undefined {
  const index = notebook.cells.findIndex((cell) => cell.metadata.listen_failed === true);
  if (index < 0) return undefined;
  const cell = notebook.cells[index];
  // Numbered as in the notebook the user edits, which has no injected cell.
  const injectedBefore = notebook.cells.slice(0, index).some((c) => c.metadata.tags?.includes(INJECTED_TAG));
  const number = index + 1 - (injectedBefore ? 1 : 0);
  const name = cell.metadata.tags?.includes(INJECTED_TAG) ? 'the injected parameters cell' : `cell ${number}${cell.id ? ` (id ${cell.id})` : ''}`;
  const stderr = (cell.outputs ?? [])
    .filter((o) => o.output_type === 'stream' && o.name === 'stderr')
    .map((o) => (Array.isArray(o.text) ? o.text.join('') : String(o.text ?? '')))
    .join('');
  const firstLine = sourceText(cell).split('\n').find((line) => line.trim()) ?? '';
  // Stack frames from tslab's own executor say nothing about the notebook.
  const error = stderr.split('\n').filter((line) => !/^\s+at .*(node_modules\/tslab|node:internal|node:vm)/.test(line)).join('\n').trim();
  return { name, firstLine, error: error || '(the kernel gave no message)' };
}

const runId = (name: string, now: Date) => `${name}-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;

/**
 * Executes a notebook headlessly: copies it with the parameters injected, runs it with nbconvert on the
 * project's tslab kernel, exports HTML, and writes <out>/<name>.ipynb and <out>/<name>.html atomically.
 * A failed cell ends the run with an error naming the cell; the executed copy is kept as <name>.failed.ipynb.
 */
export async function runNotebook(name: string, options: RunOptions): Promise<RunResult> {
  const source = notebookPath(name, options.dir);
  const bare = name.replace(/\.ipynb$/, '');
  const started = performance.now();
  const root = process.env.LISTEN_ROOT ? resolve(process.env.LISTEN_ROOT) : WORKSPACE_ROOT;
  const out = resolve(options.out ?? join(root, 'reports', 'out', 'notebooks', runId(bare, options.now ?? new Date())));
  const notebook = injectParameters(readNotebook(source), options.params, `notebooks/${bare}.ipynb`);
  notebook.metadata.kernelspec = { ...(notebook.metadata.kernelspec as object), name: KERNEL_NAME };
  ensureKernel();

  // The copy runs from a folder inside the project: tslab compiles from the kernel's working directory
  // (the notebook's folder) and finds the library through the project's node_modules above it.
  const runsDir = join(WORKSPACE_ROOT, '.jupyter', 'runs');
  mkdirSync(runsDir, { recursive: true });
  const work = mkdtempSync(join(runsDir, `${bare}-`));
  try {
    const input = join(work, `${bare}.ipynb`);
    writeFileAtomic(input, serializeNotebook(notebook));
    const executed = join(work, 'executed');
    const env = jupyterEnv(options.warehouse ? { LISTEN_WAREHOUSE: resolve(options.warehouse) } : {});
    const jupyter = $({ env, cwd: work, nothrow: true, quiet: true, timeout: options.timeoutSeconds * 1000 });
    const py = python();
    const run = await jupyter`${py} -Xfrozen_modules=off -m jupyter nbconvert --config ${NBCONVERT_CONFIG} --to notebook --execute ${input} --output-dir ${executed} --ExecutePreprocessor.timeout=${options.timeoutSeconds} --ExecutePreprocessor.kernel_name=${KERNEL_NAME}`;
    const executedFile = join(executed, `${bare}.ipynb`);
    if (run.exitCode !== 0 || !existsSync(executedFile)) {
      const why = run.signal ? `it was stopped after ${options.timeoutSeconds} s (--timeout)` : `nbconvert exited with ${run.exitCode}`;
      throw new CliError(`Running notebooks/${bare}.ipynb failed: ${why}.\n${run.stderr.trim().split('\n').slice(-15).join('\n')}`, 1);
    }
    mkdirSync(out, { recursive: true });
    const result = readNotebook(executedFile);
    const failed = failedCell(result);
    if (failed) {
      const kept = join(out, `${bare}.failed.ipynb`);
      writeFileAtomic(kept, readFileSync(executedFile));
      throw new CliError(
        `notebooks/${bare}.ipynb: ${failed.name} failed (${failed.firstLine.trim().slice(0, 80)}):\n${failed.error}\n` +
          `The executed notebook is in ${kept}; fix the cell and run again.`,
        1,
      );
    }
    const html = await jupyter`${py} -Xfrozen_modules=off -m jupyter nbconvert --to html ${executedFile} --output-dir ${executed}`;
    if (html.exitCode !== 0) throw new CliError(`The HTML export of notebooks/${bare}.ipynb failed:\n${html.stderr.trim()}`, 1);
    const notebookOut = join(out, `${bare}.ipynb`);
    const htmlOut = join(out, `${bare}.html`);
    copyAtomic(executedFile, notebookOut);
    copyAtomic(join(executed, `${bare}.html`), htmlOut);
    rmSync(join(out, `${bare}.failed.ipynb`), { force: true });
    return { notebook: notebookOut, html: htmlOut, seconds: (performance.now() - started) / 1000 };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function copyAtomic(from: string, to: string): void {
  const temp = join(dirname(to), `.${basename(to)}.${process.pid}.tmp`);
  copyFileSync(from, temp);
  renameSync(temp, to);
}
