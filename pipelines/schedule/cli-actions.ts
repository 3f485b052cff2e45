import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError } from '../lib/errors.ts';
import { openWorkspace, WORKSPACE_ROOT } from '../lib/workspace.ts';
import type { Schedule } from './config-schema.ts';
import { crontabText, type Invocation } from './crontab.ts';
import { listText } from './list-text.ts';
import { logText } from './log-text.ts';
import { scheduleMessages } from './messages.ts';
import { schedulePaths } from './paths.ts';
import { readRuns } from './run-log.ts';
import { runSchedule } from './run-schedule.ts';
import { LISTEN_CLI } from './run-step.ts';
import { runScheduler } from './scheduler.ts';
import { systemdText, systemdUnits } from './systemd-units.ts';

async function workspace() {
  const ws = await openWorkspace();
  return { root: ws.root, schedules: ws.config.schedules, paths: schedulePaths(ws.root) };
}

const stderrLine = (line: string) => void process.stderr.write(`${new Date().toISOString()} ${line}\n`);

export async function startScheduler(): Promise<number> {
  const { root, schedules, paths } = await workspace();
  return runScheduler({ root, paths, schedules, log: stderrLine });
}

export async function runOnce(name: string, opts: { wait: number; trigger: 'manual' | 'cron' | 'systemd'; quiet?: boolean }): Promise<number> {
  const { root, schedules, paths } = await workspace();
  const schedule = findSchedule(schedules, name);
  const lines: string[] = [];
  const abort = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => abort.abort(signal);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const record = await runSchedule({
      root,
      paths,
      schedule,
      trigger: opts.trigger,
      waitSeconds: opts.wait,
      signal: abort.signal,
      log: opts.quiet ? (line) => void lines.push(line) : stderrLine,
    });
    // Quiet runs speak only when something went wrong, with everything that was said.
    if (opts.quiet && record.status !== 'succeeded') for (const line of lines) stderrLine(line);
    return record.exitCode;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export async function listSchedules(next: number): Promise<void> {
  const { schedules, paths } = await workspace();
  process.stdout.write(listText(schedules, await readRuns(paths.runLog), next));
}

export async function showLog(opts: { limit: number; schedule?: string; json?: boolean }): Promise<void> {
  const { schedules, paths } = await workspace();
  if (opts.schedule) findSchedule(schedules, opts.schedule);
  const runs = (await readRuns(paths.runLog)).filter((run) => !opts.schedule || run.schedule === opts.schedule);
  const last = runs.slice(-opts.limit).reverse();
  process.stdout.write(opts.json ? last.map((run) => `${JSON.stringify(run)}\n`).join('') : logText(last));
}

export async function printSchedules(format: string, out?: string): Promise<number> {
  const { root, schedules } = await workspace();
  const inv = invocation(root);
  if (format === 'crontab') {
    if (out) throw new CliError('--out writes systemd unit files; for crontab, redirect the output instead (listen schedule --print crontab > listen.cron).', 2);
    process.stdout.write(crontabText(schedules, inv));
    return 0;
  }
  const print = systemdUnits(schedules, inv);
  if (!out) {
    process.stdout.write(systemdText(print, inv));
    return 0;
  }
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  for (const unit of print.units) {
    const target = join(dir, unit.name);
    writeFileSync(`${target}.tmp`, unit.text);
    renameSync(`${target}.tmp`, target);
    process.stdout.write(`${target}\n`);
  }
  for (const note of print.notes) process.stderr.write(`${note}\n`);
  return 0;
}

/** A printed line must find the same workspace from cron's bare environment. */
function invocation(root: string): Invocation {
  const env: Record<string, string> = {};
  if (root !== WORKSPACE_ROOT) env.LISTEN_ROOT = root;
  if (process.env.LISTEN_WAREHOUSE) env.LISTEN_WAREHOUSE = process.env.LISTEN_WAREHOUSE;
  return { root, node: process.execPath, cli: LISTEN_CLI, env };
}

function findSchedule(schedules: Schedule[], name: string): Schedule {
  const schedule = schedules.find((s) => s.name === name);
  if (!schedule) throw new CliError(scheduleMessages.unknownSchedule(name, schedules.map((s) => s.name)), 2);
  return schedule;
}
