import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { $ } from 'zx';
import { CliError } from '../lib/errors.ts';
import { ensureKernel, jupyterEnv, KERNEL_NAME, NBCONVERT_CONFIG, python } from './kernel.ts';
import { readNotebook, sourceText, type Notebook } from './notebook-file.ts';
import { INJECTED_TAG } from './parameters.ts';

export interface FailedCell {
  /** "cell 7 (id headline)", numbered as in the notebook the user edits (without the injected cell). */
  name: string;
  firstLine: string;
  /** What the cell wrote to stderr, without tslab's own stack frames. */
  error: string;
}

export interface Execution {
  executedFile: string;
  failed?: FailedCell;
}

export interface ExecuteOptions {
  /** Shown in messages, e.g. notebooks/quickstart.ipynb. */
  label: string;
  timeoutSeconds: number;
  /** Extra environment for the kernel, e.g. LISTEN_WAREHOUSE. */
  env?: Record<string, string>;
}

/** The first cell nbconvert marked as failed (nbconvert_config.py), with the message tslab wrote to its stderr. */
export function failedCell(notebook: Notebook): FailedCell | undefined {
  const index = notebook.cells.findIndex((cell) => cell.metadata.listen_failed === true);
  if (index < 0) return undefined;
  const cell = notebook.cells[index];
  const injectedBefore = notebook.cells.slice(0, index).some((c) => c.metadata.tags?.includes(INJECTED_TAG));
  const number = index + 1 - (injectedBefore ? 1 : 0);
  const name = cell.metadata.tags?.includes(INJECTED_TAG) ? 'the injected parameters cell' : `cell ${number}${cell.id ? ` (id ${cell.id})` : ''}`;
  const stderr = (cell.outputs ?? [])
    .filter((o) => o.output_type === 'stream' && o.name === 'stderr')
    .map((o) => (Array.isArray(o.text) ? o.text.join('') : String(o.text ?? '')))
    .join('');
  const firstLine = sourceText(cell).split('\n').find((line) => line.trim()) ?? '';
  const error = stderr
    .split('\n')
    .filter((line) => !/^\s+at .*(node_modules\/tslab|node:internal|node:vm)/.test(line))
    .join('\n')
    .trim();
  return { name, firstLine: firstLine.trim(), error: error || '(the kernel gave no message)' };
}

export const failureMessage = (label: string, failed: FailedCell): string =>
  `${label}: ${failed.name} failed (${failed.firstLine.slice(0, 80)}):\n${failed.error}`;

const jupyter = (options: ExecuteOptions, cwd: string) =>
  $({ env: jupyterEnv(options.env), cwd, nothrow: true, quiet: true, timeout: options.timeoutSeconds * 1000 });

/**
 * Executes a notebook file in place with nbconvert on the project's tslab kernel (the kernel starts in
 * the notebook's folder) and writes the executed copy into `outputDir`. A failing cell does not stop
 * the export: it is reported in `failed`.
 */
export async function executeNotebook(input: string, outputDir: string, options: ExecuteOptions): Promise<Execution> {
  ensureKernel();
  const run = await jupyter(options, outputDir)`${python()} -Xfrozen_modules=off -m jupyter nbconvert --config ${NBCONVERT_CONFIG} --to notebook --execute ${input} --output-dir ${outputDir} --ExecutePreprocessor.timeout=${options.timeoutSeconds} --ExecutePreprocessor.kernel_name=${KERNEL_NAME}`;
  const executedFile = join(outputDir, basename(input));
  if (run.exitCode !== 0 || !existsSync(executedFile)) {
    const why = run.signal ? `it was stopped after ${options.timeoutSeconds} s (--timeout)` : `nbconvert exited with ${run.exitCode}`;
    const hint = /No module named|not found/i.test(run.stderr) ? '\nJupyter is missing: run bash bin/install-system-packages.sh.' : '';
    throw new CliError(`Running ${options.label} failed: ${why}.\n${run.stderr.trim().split('\n').slice(-15).join('\n')}${hint}`, 1);
  }
  return { executedFile, failed: failedCell(readNotebook(executedFile)) };
}

/** nbconvert's HTML export of an executed notebook, next to it. */
export async function exportHtml(executedFile: string, options: ExecuteOptions): Promise<string> {
  const dir = join(executedFile, '..');
  const run = await jupyter(options, dir)`${python()} -Xfrozen_modules=off -m jupyter nbconvert --to html ${executedFile} --output-dir ${dir}`;
  const html = executedFile.replace(/\.ipynb$/, '.html');
  if (run.exitCode !== 0 || !existsSync(html)) throw new CliError(`The HTML export of ${options.label} failed:\n${run.stderr.trim()}`, 1);
  return html;
}
