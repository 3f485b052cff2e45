import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export type Trigger = 'scheduler' | 'manual' | 'cron' | 'systemd';
export type RunStatus = 'succeeded' | 'failed' | 'skipped' | 'interrupted';

export interface StepRecord {
  index: number;
  kind: string;
  /** The command line as a shell would run it. */
  command: string;
  status: 'succeeded' | 'failed' | 'not run';
  startedAt?: string;
  finishedAt?: string;
  durationMs?: number;
  exitCode?: number | null;
  signal?: string | null;
  outputs: string[];
  stdoutLog?: string;
  stderrLog?: string;
}

export interface RunRecord {
  runId: string;
  schedule: string;
  trigger: Trigger;
  pid: number;
  /** When the steps could start: after the lock was taken, for a run that waited for it. */
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** How long the run waited for another run to finish (`schedule run --wait`). */
  waitedMs?: number;
  status: RunStatus;
  exitCode: number;
  steps: StepRecord[];
  outputs: string[];
  failedStep?: number;
  reason?: string;
  logDir?: string;
}

/** One JSON line per run, appended with O_APPEND, so records of runs ending at once land whole. */
export async function appendRun(path: string, record: RunRecord): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await appendFile(path, `${JSON.stringify(record)}\n`);
}

/** Records oldest first; a torn last line (a process killed mid-write) is left out. */
export async function readRuns(path: string): Promise<RunRecord[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const records: RunRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      records.push(JSON.parse(line) as RunRecord);
    } catch {
      // skipped: not a whole record
    }
  }
  return records;
}
