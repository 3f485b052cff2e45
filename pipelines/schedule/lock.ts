import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LockHolder {
  pid: number;
  host: string;
  runId: string;
  schedule: string;
  trigger: string;
  startedAt: string;
}

export type LockResult =
  | { acquired: true; release(): void; /** a holder whose process had died, whose lock was taken over */ stale?: LockHolder }
  | { acquired: false; holder: LockHolder };

/**
 * A lock file created with O_EXCL holding its owner's pid, so every process on the machine (the
 * scheduler, `schedule run` from cron or systemd) sees the same lock, and one left by a killed
 * process is recognised at once rather than after a timeout.
 */
export function tryLock(path: string, holder: Omit<LockHolder, 'pid' | 'host'>): LockResult {
  mkdirSync(dirname(path), { recursive: true });
  const mine: LockHolder = { pid: process.pid, host: hostname(), ...holder };
  let stale: LockHolder | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${JSON.stringify(mine)}\n`);
      closeSync(fd);
      return { acquired: true, stale, release: () => releaseIfMine(path, mine.runId) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readHolder(path);
    if (!current) {
      // A file caught between create and write has no holder yet; one still empty after seconds lost its writer.
      if (Date.now() - mtimeMs(path) < 10_000) return { acquired: false, holder: { pid: 0, host: '', runId: '(starting)', schedule: '?', trigger: '?', startedAt: '' } };
      rmSync(path, { force: true });
      continue;
    }
    if (current.host !== mine.host || processAlive(current.pid)) return { acquired: false, holder: current };
    // Re-read right before removing, so a lock another process just took over is not removed.
    if (readHolder(path)?.runId !== current.runId) continue;
    rmSync(path, { force: true });
    stale = current;
  }
  const current = readHolder(path);
  return { acquired: false, holder: current ?? { pid: 0, host: '', runId: '?', schedule: '?', trigger: '?', startedAt: '' } };
}

/** Polls until the lock is free, `seconds` have passed, or the signal aborts. */
export async function waitForLock(path: string, holder: Omit<LockHolder, 'pid' | 'host'>, seconds: number, signal?: AbortSignal, pollMs = 250): Promise<LockResult> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const result = tryLock(path, holder);
    if (result.acquired || Date.now() >= deadline || signal?.aborted) return result;
    await sleep(pollMs);
  }
}

export function readHolder(path: string): LockHolder | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    return text.trim() ? (JSON.parse(text) as LockHolder) : undefined;
  } catch {
    return undefined;
  }
}

function mtimeMs(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function releaseIfMine(path: string, runId: string): void {
  if (readHolder(path)?.runId === runId) rmSync(path, { force: true });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
