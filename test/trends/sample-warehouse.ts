import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { openDb, type Db } from '../../pipelines/lib/db.ts';
import { tempDir } from '../pipeline/helpers.ts';

export const SAMPLE = fileURLToPath(new URL('../../data/sample/', import.meta.url));
export const truth = JSON.parse(readFileSync(join(SAMPLE, 'truth.json'), 'utf8'));

/**
 * A private copy of the bundled sample after the main job (built once per test run in
 * test/global-setup.ts), so a test may change it freely.
 */
export function sampleWarehouseFile(prefix: string): string {
  const built = inject('sampleWarehouse');
  const path = join(tempDir(prefix), 'w.duckdb');
  copyFileSync(built, path);
  if (existsSync(`${built}.wal`)) copyFileSync(`${built}.wal`, `${path}.wal`);
  return path;
}

/** The bundled sample through the main job, opened read-write on a private copy. */
export async function sampleWarehouse(prefix: string): Promise<{ db: Db; path: string }> {
  const path = sampleWarehouseFile(prefix);
  return { db: await openDb(path), path };
}
