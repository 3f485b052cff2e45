import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../pipelines/lib/db.ts';
import { CLI, tempDir } from './helpers.ts';

describe('listen piped into a reader that stops early', () => {
  it('exits 0 without an EPIPE stack trace when the pipe closes (listen sql … | head -1)', async () => {
    const warehouse = join(tempDir('cli-pipe'), 'w.duckdb');
    (await openDb(warehouse)).close();
    const command = `set -o pipefail; node ${JSON.stringify(CLI)} sql --warehouse ${JSON.stringify(warehouse)} --format csv "select range from range(300000)" | head -1`;
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile('bash', ['-c', command], (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }));
    });
    expect(stdout).toBe('range\n');
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
