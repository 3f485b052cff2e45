import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shQuote } from './sh-quote.ts';

export const LISTEN_CLI = fileURLToPath(new URL('../../bin/listen.js', import.meta.url));

export interface StepOutcome {
  exitCode: number | null;
  signal: string | null;
  startedAt: Date;
  finishedAt: Date;
  stdoutLog: string;
  stderrLog: string;
}

/** `listen run --inbox 'my folder'`: how the step reads in a log or a terminal. */
export function displayCommand(args: string[]): string {
  return ['listen', ...args.map((arg) => shQuote(arg))].join(' ');
}

/**
 * Runs `listen <args>` as a child process with this same node, its stdout and stderr going to files.
 * The child gets its own process group, so a Ctrl-C meant for the scheduler does not also stop the
 * step it is waiting for; an abort signal stops the step deliberately.
 */
export async function runListenStep(opts: { root: string; args: string[]; logBase: string; env: Record<string, string>; signal?: AbortSignal }): Promise<StepOutcome> {
  mkdirSync(join(opts.logBase, '..'), { recursive: true });
  const stdoutLog = `${opts.logBase}.stdout.log`;
  const stderrLog = `${opts.logBase}.stderr.log`;
  const out = openSync(stdoutLog, 'w');
  const err = openSync(stderrLog, 'w');
  const startedAt = new Date();
  try {
    // zx takes half a second to load; list, log and --print never need it.
    const { $ } = await import('zx');
    const shell = $({
      cwd: opts.root,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', out, err],
      nothrow: true,
      quiet: true,
      detached: true,
      signal: opts.signal,
    });
    const result = await shell`${process.execPath} ${LISTEN_CLI} ${opts.args}`;
    return { exitCode: result.exitCode, signal: result.signal, startedAt, finishedAt: new Date(), stdoutLog, stderrLog };
  } finally {
    closeSync(out);
    closeSync(err);
  }
}

/** The last lines of a log, for a failure reason. */
export function tail(path: string, lines = 12, chars = 1500): string {
  const text = readText(path).trimEnd();
  const last = text.split('\n').slice(-lines).join('\n');
  return last.length > chars ? `…${last.slice(-chars)}` : last;
}

/** Lines of a step's stdout that name a file or folder that exists: what reports and exports print. */
export function printedOutputs(root: string, stdoutLog: string, limit = 20): string[] {
  const found: string[] = [];
  for (const line of readText(stdoutLog).slice(-65_536).split('\n')) {
    const candidate = line.trim();
    if (!candidate || candidate.length > 500 || !/[/\\]|\.\w+$/.test(candidate)) continue;
    if (existsSync(resolve(root, candidate))) found.push(workspaceRelative(root, candidate));
    if (found.length >= limit) break;
  }
  return found;
}

export function workspaceRelative(root: string, path: string): string {
  const rel = relative(root, resolve(root, path));
  return rel.startsWith('..') || isAbsolute(rel) ? resolve(root, path) : rel;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
