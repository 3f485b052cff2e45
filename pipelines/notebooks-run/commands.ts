import { relative, resolve } from 'node:path';
import { parseParams } from '../sql/resolve-query.ts';
import { CliError } from '../lib/errors.ts';
import { ensureKernel, jupyterPathLine, KERNEL_DISPLAY_NAME, KERNEL_NAME } from './kernel.ts';
import { listNotebooks, readNotebook } from './notebook-file.ts';
import { declaredParameters, PARAMETERS_TAG } from './parameters.ts';
import { NOTEBOOKS_DIR, runNotebook } from './run-notebook.ts';
import { stripNotebooks, unstrippedMessage } from './strip.ts';

export async function setupCommand(): Promise<void> {
  const { file, written } = ensureKernel();
  process.stderr.write(`${written ? 'Registered' : 'Already registered'}: kernel ${KERNEL_NAME} ("${KERNEL_DISPLAY_NAME}") in ${file}\n`);
  process.stderr.write('Add this line to your shell profile so Jupyter finds the kernel, then open a notebook from notebooks/:\n');
  process.stdout.write(`${jupyterPathLine()}\n`);
}

export function listCommand(): void {
  for (const name of listNotebooks(NOTEBOOKS_DIR)) {
    const cell = readNotebook(`${NOTEBOOKS_DIR}/${name}.ipynb`).cells.find((c) => c.metadata.tags?.includes(PARAMETERS_TAG));
    const params = cell ? declaredParameters(cell).map((d) => `${d.name}=${d.defaultValue}`) : [];
    process.stdout.write(`${name}${params.length ? `  ${params.join(' ')}` : ''}\n`);
  }
}

export async function runCommand(name: string, opts: { param: string[]; out?: string; warehouse?: string; timeout: string; dir?: string }): Promise<void> {
  const timeoutSeconds = Number(opts.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new CliError(`--timeout ${opts.timeout}: give a number of seconds.`, 2);
  let params: Array<[string, string]>;
  try {
    params = parseParams(opts.param);
  } catch (error) {
    throw new CliError((error as Error).message, 2);
  }
  process.stderr.write(`Running ${name}${params.length ? ` with ${params.map(([k, v]) => `${k}=${v}`).join(', ')}` : ''}\n`);
  const result = await runNotebook(name, { params, out: opts.out, warehouse: opts.warehouse, timeoutSeconds, dir: opts.dir && resolve(opts.dir) });
  const shown = (path: string) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));
  process.stdout.write(`${shown(result.notebook)}\n${shown(result.html)}\n`);
  process.stderr.write(`Ran ${name} in ${result.seconds.toFixed(1)} s: wrote ${shown(result.notebook)} and ${shown(result.html)}\n`);
}

export function stripCommand(opts: { check?: boolean; dir?: string }): void {
  const report = stripNotebooks(opts.dir ? resolve(opts.dir) : NOTEBOOKS_DIR, { fix: !opts.check });
  if (opts.check) {
    if (report.unstripped.size) throw new CliError(unstrippedMessage(report), 1);
    process.stderr.write('Notebooks have no outputs or execution counts.\n');
    return;
  }
  process.stderr.write(`Stripped ${report.unstripped.size} notebook(s)${report.unstripped.size ? `: ${[...report.unstripped.keys()].map((f) => relative(process.cwd(), f)).join(', ')}` : ''}.\n`);
}
