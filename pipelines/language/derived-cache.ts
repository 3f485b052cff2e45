import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/listening-workspace/', import.meta.url));

/** A key that changes when any of `parts` (versions, source texts) changes. */
export function cacheKey(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\0')).digest('hex').slice(0, 16);
}

/**
 * Data derived from installed packages (an n-gram index, a merged lexicon), kept in
 * node_modules/.cache so each scoring thread reads it in milliseconds instead of rebuilding it.
 * The key must cover everything the data depends on; a cache that cannot be read or written is ignored.
 */
export async function derived<T>(name: string, key: string, build: () => T | Promise<T>): Promise<T> {
  const path = join(CACHE_DIR, `${name}-${key}.v8`);
  try {
    return deserialize(readFileSync(path)) as T;
  } catch {
    // Not built yet, or unreadable: build it.
  }
  const value = await build();
  try {
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(temp, serialize(value));
    renameSync(temp, path);
  } catch {
    // A read-only install still works, only slower to start.
  }
  return value;
}
