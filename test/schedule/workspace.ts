import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RunRecord } from '../../pipelines/schedule/run-log.ts';
import { tempDir, writeGenericCsv } from '../pipeline/helpers.ts';

/** A throwaway workspace (LISTEN_ROOT) with its own listening.config.ts, a small inbox and an exports/ folder. */
export function scheduleWorkspace(prefix: string, config: Record<string, unknown>, inboxRows = 0): string {
  const root = tempDir(prefix);
  // tsx reads listening.config.ts as ESM only inside a "type": "module" package.
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(root, 'listening.config.ts'), `export default ${JSON.stringify({ warehouse: 'data/w.duckdb', inbox: 'inbox', ...config }, null, 2)};\n`);
  mkdirSync(join(root, 'inbox'));
  mkdirSync(join(root, 'exports'));
  if (inboxRows) writeGenericCsv(join(root, 'inbox', 'export.csv'), inboxRows);
  return root;
}

export function readRecords(root: string): RunRecord[] {
  try {
    return readFileSync(join(root, 'data', 'schedule', 'runs.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as RunRecord);
  } catch {
    return [];
  }
}

export async function waitFor(what: string, condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
