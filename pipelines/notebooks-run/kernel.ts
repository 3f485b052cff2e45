import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from '../lib/errors.ts';
import { WORKSPACE_ROOT } from '../lib/workspace.ts';
import { writeFileAtomic } from './notebook-file.ts';

export const KERNEL_NAME = 'listening-tslab';
export const KERNEL_DISPLAY_NAME = 'TypeScript (listening workspace)';

/** The project-local Jupyter prefix (git-ignored); kernels live in <prefix>/share/jupyter/kernels. */
export const JUPYTER_PREFIX = join(WORKSPACE_ROOT, '.jupyter');
export const JUPYTER_DATA = join(JUPYTER_PREFIX, 'share', 'jupyter');
const KERNEL_FILE = join(JUPYTER_DATA, 'kernels', KERNEL_NAME, 'kernel.json');

/**
 * The kernel spec `tslab install --prefix` would write, plus what the workspace needs: the Node that runs
 * `listen` (not whatever `node` Jupyter finds on PATH), the project's own tslab, and tsx loaded first so
 * cells can import the TypeScript library as "listening-workspace/notebook".
 */
export function kernelSpec(): Record<string, unknown> {
  const tslab = join(WORKSPACE_ROOT, 'node_modules', 'tslab', 'bin', 'tslab');
  const tsx = import.meta.resolve('tsx');
  return {
    argv: [process.execPath, tslab, 'kernel', '--config-path', '{connection_file}'],
    display_name: KERNEL_DISPLAY_NAME,
    language: 'typescript',
    env: { NODE_OPTIONS: `--import ${tsx}`, DOTENV_CONFIG_QUIET: 'true' },
  };
}

const specText = () => `${JSON.stringify(kernelSpec(), null, 1)}\n`;

export function kernelRegistered(): boolean {
  return existsSync(KERNEL_FILE) && readFileSync(KERNEL_FILE, 'utf8') === specText();
}

/**
 * Writes the kernel spec into the project prefix unless the same one is there. This is the file
 * `jupyter kernelspec install --prefix` copies; writing it atomically lets parallel runs register at once.
 */
export function ensureKernel(): { file: string; written: boolean } {
  if (!existsSync(join(WORKSPACE_ROOT, 'node_modules', 'tslab', 'bin', 'tslab'))) {
    throw new CliError('tslab is not installed in node_modules: run npm ci, then run this again.', 1);
  }
  if (kernelRegistered()) return { file: KERNEL_FILE, written: false };
  mkdirSync(join(JUPYTER_DATA, 'kernels', KERNEL_NAME), { recursive: true });
  writeFileAtomic(KERNEL_FILE, specText());
  return { file: KERNEL_FILE, written: true };
}

/** The line a researcher adds to their shell so Jupyter finds the kernel. */
export const jupyterPathLine = () => `export JUPYTER_PATH="${JUPYTER_DATA}\${JUPYTER_PATH:+:$JUPYTER_PATH}"`;

/** Debian's Python, which is where Debian's Jupyter is installed; the python3 first on PATH may not see it. */
export function python(): string {
  if (process.env.LISTEN_PYTHON) return process.env.LISTEN_PYTHON;
  return existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

/** Environment for Jupyter processes: the project prefix first on JUPYTER_PATH, and the debugger's frozen-module notice off. */
export function jupyterEnv(extra: Record<string, string> = {}): Record<string, string> {
  const current = process.env.JUPYTER_PATH;
  return {
    ...(process.env as Record<string, string>),
    JUPYTER_PATH: current ? `${JUPYTER_DATA}:${current}` : JUPYTER_DATA,
    PYDEVD_DISABLE_FILE_VALIDATION: '1',
    ...extra,
  };
}

export const NBCONVERT_CONFIG = fileURLToPath(new URL('./nbconvert_config.py', import.meta.url));
