import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, workspacePath, type ListeningConfig } from './config.ts';
import { openDb, type Db, type OpenOptions } from './db.ts';
import { CliError } from './errors.ts';
import { messages } from './messages.ts';

/** The workspace root: the folder of this project (holding listening.config.ts, data/, queries/). */
export const WORKSPACE_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

export interface Workspace {
  root: string;
  config: ListeningConfig;
  warehouse: string;
}

export async function openWorkspace(overrides: { warehouse?: string } = {}): Promise<Workspace> {
  const root = process.env.LISTEN_ROOT ? resolve(process.env.LISTEN_ROOT) : WORKSPACE_ROOT;
  const config = await loadConfig(root);
  // LISTEN_WAREHOUSE is set for one process by its user (a copy in /tmp, a test's sample), so unlike the config's path it may lie outside the workspace.
  const fromEnv = process.env.LISTEN_WAREHOUSE;
  const warehouse = overrides.warehouse ? resolve(overrides.warehouse) : fromEnv ? resolve(root, fromEnv) : workspacePath(root, config.warehouse);
  return { root, config, warehouse };
}

export async function openWarehouse(path: string, options: OpenOptions = {}): Promise<Db> {
  try {
    if (!options.readOnly) mkdirSync(dirname(path), { recursive: true });
    return await openDb(path, options);
  } catch (error) {
    throw warehouseStorageError(error, path) ?? error;
  }
}

function errorText(error: unknown): string {
  const parts: string[] = [];
  for (let e = error; e && parts.length < 5; e = (e as { cause?: unknown }).cause) parts.push(String((e as Error).message ?? e));
  return parts.join('\n');
}

/** A write the warehouse's disk or permissions refused, as a CliError that names the path and the way out. */
export function warehouseStorageError(error: unknown, path: string): CliError | undefined {
  if (error instanceof CliError) return undefined;
  const text = errorText(error);
  if (/No space left on device|File too large|Disk quota exceeded|ENOSPC|EFBIG|EDQUOT|max_temp_directory_size/i.test(text)) {
    return new CliError(messages.warehouseDiskFull(path, text.split('\n')[0].replace(/^.*IO Error: /, '')), 1, { cause: error });
  }
  // A refused read of an export is not the warehouse's problem: only errors naming the warehouse's files count.
  if (/Permission denied|Read-only file system|EACCES|EROFS|EPERM/i.test(text) && text.includes(path)) {
    return new CliError(messages.warehouseReadOnly(path, text.split('\n')[0].replace(/^.*IO Error: /, '')), 1, { cause: error });
  }
  return undefined;
}

/** Removes a DuckDB file and its write-ahead log. */
export function removeDatabase(path: string): void {
  rmSync(path, { force: true });
  rmSync(`${path}.wal`, { force: true });
}

/** Puts a freshly built database in place of the old one, so readers never see a half-built file. */
export function swapDatabase(built: string, target: string): void {
  if (existsSync(`${target}.wal`)) rmSync(`${target}.wal`, { force: true });
  renameSync(built, target);
}
