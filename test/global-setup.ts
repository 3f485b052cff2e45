import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled sample through the main job, built once per test run; tests work on copies (test/trends/sample-warehouse.ts). */
    sampleWarehouse: string;
  }
}

const CLI = fileURLToPath(new URL('../bin/listen.js', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../data/sample/', import.meta.url));

export default function setup(project: TestProject): () => void {
  // Pin a non-UTC zone so any code that leans on local time shows up in tests (STYLE.md rule 7).
  process.env.TZ = 'America/Los_Angeles';
  process.env.DOTENV_CONFIG_QUIET = 'true';
  const dir = mkdtempSync(join(tmpdir(), 'listen-sample-warehouse-'));
  const warehouse = join(dir, 'sample.duckdb');
  execFileSync(process.execPath, [CLI, 'run', '--inbox', SAMPLE, '--warehouse', warehouse, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  project.provide('sampleWarehouse', warehouse);
  return () => rmSync(dir, { recursive: true, force: true });
}
