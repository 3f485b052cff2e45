import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../pipelines/lib/messages.ts';
import { CLI, makeInbox, runCli, tempDir, writeGenericCsv } from '../pipeline/helpers.ts';
import { digestWarehouse } from './warehouse-digest.ts';

const isRoot = process.getuid?.() === 0;

/** `listen run` with a file-size limit (RLIMIT_FSIZE) and SIGXFSZ ignored, so writes past it fail with EFBIG as on a full disk. */
function runWithFileLimit(args: string[], bytes: number): Promise<{ code: number; stderr: string }> {
  const script = `trap '' XFSZ; ulimit -f ${Math.floor(bytes / 1024)}; exec "$0" "$@"`;
  return new Promise((resolve) => {
    execFile('bash', ['-c', script, process.execPath, CLI, ...args], (error, _stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stderr }),
    );
  });
}

/** Root ignores file modes, so the run goes as `nobody` there; any other user is refused by the modes themselves. */
function runAsUnprivileged(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], isRoot ? { uid: 65534, gid: 65534 } : {}, (error, _stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stderr }),
    );
  });
}

async function builtWarehouse(prefix: string): Promise<{ dir: string; warehouse: string; inbox: string }> {
  const dir = tempDir(prefix);
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  writeGenericCsv(join(inbox, 'first.csv'), 300);
  const warehouse = join(dir, 'w.duckdb');
  const built = await runCli(['run', '--inbox', inbox, '--warehouse', warehouse, '--quiet']);
  if (built.code !== 0) throw new Error(built.stderr);
  return { dir, warehouse, inbox };
}

function canMountTmpfs(): boolean {
  if (!isRoot) return false;
  const probe = tempDir('mount-probe');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a warehouse that cannot be written', () => {
  it('read-only: the run exits 1 naming the path and the way out, and the warehouse is unchanged', { timeout: 120_000 }, async () => {
    const { dir, warehouse, inbox } = await builtWarehouse('readonly');
    writeGenericCsv(join(inbox, 'second.csv'), 100, 1000);
    const before = await digestWarehouse(warehouse);
    const size = statSync(warehouse).size;
    chmodSync(warehouse, 0o444);
    chmodSync(dir, 0o555);
    chmodSync(inbox, 0o755);
    try {
      const run = await runAsUnprivileged(['run', '--inbox', inbox, '--warehouse', warehouse, '--quiet']);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain(`listen: ${messages.warehouseReadOnly(warehouse, '').split('()')[0]}(`);
      expect(run.stderr).toContain('chmod u+w');
      expect(run.stderr).not.toContain('    at ');
    } finally {
      chmodSync(dir, 0o755);
      chmodSync(warehouse, 0o644);
    }
    expect(statSync(warehouse).size).toBe(size);
    expect(await digestWarehouse(warehouse)).toEqual(before);
  });

  it('disk full (a file-size limit, unprivileged): the run exits 1 saying so, and the last good state remains, identical', { timeout: 180_000 }, async () => {
    const { warehouse, inbox } = await builtWarehouse('diskfull');
    const before = await digestWarehouse(warehouse);
    writeGenericCsv(join(inbox, 'big.csv'), 150_000, 10_000);
    const run = await runWithFileLimit(['run', '--inbox', inbox, '--warehouse', warehouse, '--quiet'], statSync(warehouse).size + 1_000_000);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(`listen: Writing the warehouse ${warehouse} failed: the disk is full (`);
    expect(run.stderr).toContain('File too large');
    expect(await digestWarehouse(warehouse)).toEqual(before);
  });

  it.runIf(canMountTmpfs())('disk full (a real full tmpfs, where mount is allowed): the same message and the same last good state', { timeout: 180_000 }, async () => {
    const { warehouse: built, inbox } = await builtWarehouse('tmpfs');
    const mountPoint = tempDir('tmpfs');
    const size = statSync(built).size + 1_000_000;
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${Math.ceil(size / 4096) * 4096}`, 'tmpfs', mountPoint]);
    try {
      const warehouse = join(mountPoint, 'w.duckdb');
      copyFileSync(built, warehouse);
      const before = await digestWarehouse(warehouse);
      writeGenericCsv(join(inbox, 'big.csv'), 150_000, 10_000);
      const run = await runCli(['run', '--inbox', inbox, '--warehouse', warehouse, '--quiet']);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain(`listen: Writing the warehouse ${warehouse} failed: the disk is full (`);
      expect(run.stderr).toContain('No space left on device');
      expect(await digestWarehouse(warehouse)).toEqual(before);
    } finally {
      execFileSync('umount', ['-l', mountPoint]);
    }
  });
});
