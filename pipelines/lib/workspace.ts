import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, workspacePath, type ListeningConfig } from './config.ts';
import { openDb, type Db, type OpenOptions } from './db.ts';

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
  if (!options.readOnly) mkdirSync(dirname(path), { recursive: true });
  return openDb(path, options);
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
