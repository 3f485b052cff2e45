import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { CLI } from '../pipeline/helpers.ts';

export interface KillPoint {
  /** Kill this long after the stage announces its start (`▸ <stage>: <description>`)… */
  stage?: string;
  /** …or this long after the process starts. */
  delayMs: number;
}

export interface KillOutcome {
  /** The process was SIGKILLed (false: it ended on its own first). */
  killed: boolean;
  /** The last stage that had started when the signal went. */
  inStage?: string;
  code: number | null;
}

/** Runs `listen <args>` and SIGKILLs it at the kill point. */
export function runAndKill(args: string[], point: KillPoint): Promise<KillOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let current: string | undefined;
    let killedIn: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    const arm = () =>
      (timer ??= setTimeout(() => {
        killedIn = current ?? 'startup';
        child.kill('SIGKILL');
      }, point.delayMs));
    if (!point.stage) arm();
    createInterface({ input: child.stderr! }).on('line', (line) => {
      const started = /^▸ ([a-z-]+): (?!up to date)/.exec(line);
      if (!started) return;
      current = started[1];
      if (current === point.stage) arm();
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', inStage: killedIn, code });
    });
  });
}
