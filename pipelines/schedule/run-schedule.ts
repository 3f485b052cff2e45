import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Schedule } from './config-schema.ts';
import { tryLock, waitForLock, type LockHolder } from './lock.ts';
import { scheduleMessages } from './messages.ts';
import type { SchedulePaths } from './paths.ts';
import { appendRun, type RunRecord, type StepRecord, type Trigger } from './run-log.ts';
import { dateInZone, declaredOutputs, stepArgs } from './step-args.ts';
import { displayCommand, printedOutputs, runListenStep, tail, workspaceRelative } from './run-step.ts';

/** Exit code of a run skipped because another run holds the lock: the same as "warehouse in use". */
export const EXIT_BUSY = 3;

export interface RunScheduleOptions {
  root: string;
  paths: SchedulePaths;
  schedule: Schedule;
  trigger: Trigger;
  /** 0: skip at once when another run holds the lock; otherwise wait this long for it. */
  waitSeconds?: number;
  /** Aborting stops the running step; the run is recorded as interrupted. */
  signal?: AbortSignal;
  log(line: string): void;
}

export function newRunId(schedule: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${schedule}-${randomBytes(2).toString('hex')}`;
}

/** Runs a schedule's steps in order under the workspace's run lock and appends the run's record. */
export async function runSchedule(opts: RunScheduleOptions): Promise<RunRecord> {
  const { schedule, paths } = opts;
  const startedAt = new Date();
  const runId = newRunId(schedule.name, startedAt);
  const ctx = { runId, date: dateInZone(startedAt, schedule.timeZone) };
  const planned = schedule.steps.map((step, i) => ({ step, args: stepArgs(step, ctx), index: i + 1 }));
  const steps: StepRecord[] = planned.map(({ step, args, index }) => ({ index, kind: step.run, command: displayCommand(args), status: 'not run', outputs: [] }));
  let base: Pick<RunRecord, 'runId' | 'schedule' | 'trigger' | 'pid' | 'startedAt' | 'steps' | 'waitedMs'> = { runId, schedule: schedule.name, trigger: opts.trigger, pid: process.pid, startedAt: startedAt.toISOString(), steps };

  const holder = { runId, schedule: schedule.name, trigger: opts.trigger, startedAt: base.startedAt };
  const lock = opts.waitSeconds ? await waitForLock(paths.runLock, holder, opts.waitSeconds, opts.signal) : tryLock(paths.runLock, holder);
  if (!lock.acquired) {
    const held = scheduleMessages.lockHeld(lock.holder);
    const reason = opts.signal?.aborted
      ? `${scheduleMessages.interrupted(String(opts.signal.reason))} while waiting: ${held}`
      : opts.waitSeconds
        ? scheduleMessages.waitedTooLong(opts.waitSeconds, held)
        : held;
    return finish({ ...base, status: 'skipped', exitCode: EXIT_BUSY, outputs: [], reason }, opts);
  }
  // A run that waited starts when it got the lock, so the runs' [start, end] spans never overlap.
  const lockedAt = new Date();
  if (lockedAt.getTime() - startedAt.getTime() >= 1000) base = { ...base, startedAt: lockedAt.toISOString(), waitedMs: lockedAt.getTime() - startedAt.getTime() };
  try {
    if (lock.stale) await recordStale(lock.stale, opts);
    opts.log(`${schedule.name}: run ${runId} started (${opts.trigger}), ${steps.length} step(s)`);
    const outputs: string[] = [];
    for (const { args, index } of planned) {
      const record = steps[index - 1];
      opts.log(`${schedule.name}: step ${index}/${steps.length} ${record.command}`);
      const outcome = await runListenStep({
        root: opts.root,
        args,
        logBase: join(paths.logs, runId, `${index}-${record.kind}`),
        env: { LISTEN_ROOT: opts.root, LISTEN_SCHEDULE_RUN: runId },
        signal: opts.signal,
      });
      const ok = outcome.exitCode === 0;
      Object.assign(record, {
        status: ok ? 'succeeded' : 'failed',
        startedAt: outcome.startedAt.toISOString(),
        finishedAt: outcome.finishedAt.toISOString(),
        durationMs: outcome.finishedAt.getTime() - outcome.startedAt.getTime(),
        exitCode: outcome.exitCode,
        signal: outcome.signal,
        stdoutLog: workspaceRelative(opts.root, outcome.stdoutLog),
        stderrLog: workspaceRelative(opts.root, outcome.stderrLog),
      });
      if (ok) {
        record.outputs = [...new Set([...declaredOutputs(args).map((p) => workspaceRelative(opts.root, p)), ...printedOutputs(opts.root, outcome.stdoutLog)])];
        outputs.push(...record.outputs);
        continue;
      }
      const aborted = opts.signal?.aborted;
      const reason = aborted
        ? `${scheduleMessages.interrupted(String(opts.signal?.reason ?? 'a signal'))} during step ${index} (${record.kind})`
        : scheduleMessages.stepFailed(index, record.kind, outcome.exitCode, outcome.signal, tail(outcome.stderrLog));
      const exitCode = outcome.exitCode && outcome.exitCode > 0 ? outcome.exitCode : 1;
      return finish({ ...base, status: aborted ? 'interrupted' : 'failed', exitCode, outputs, failedStep: index, reason, logDir: logDir(opts, runId) }, opts);
    }
    return finish({ ...base, status: 'succeeded', exitCode: 0, outputs: [...new Set(outputs)], logDir: logDir(opts, runId) }, opts);
  } finally {
    lock.release();
  }
}

function logDir(opts: RunScheduleOptions, runId: string): string {
  return workspaceRelative(opts.root, join(opts.paths.logs, runId));
}

async function finish(partial: Omit<RunRecord, 'finishedAt' | 'durationMs'>, opts: RunScheduleOptions): Promise<RunRecord> {
  const finishedAt = new Date();
  const record: RunRecord = { ...partial, finishedAt: finishedAt.toISOString(), durationMs: finishedAt.getTime() - Date.parse(partial.startedAt) };
  await appendRun(opts.paths.runLog, record);
  const seconds = (record.durationMs / 1000).toFixed(1);
  const summary = `${record.schedule}: run ${record.runId} ${record.status} in ${seconds} s`;
  opts.log(record.reason ? `${summary}: ${record.reason}` : `${summary}${record.outputs.length ? `; outputs: ${record.outputs.join(', ')}` : ''}`);
  return record;
}

/** A run whose process died holding the lock never wrote its record; write one so the log has no hole. */
async function recordStale(holder: LockHolder, opts: RunScheduleOptions): Promise<void> {
  const now = new Date();
  const reason = scheduleMessages.staleRun(holder);
  opts.log(`${holder.schedule}: ${reason}`);
  await appendRun(opts.paths.runLog, {
    runId: holder.runId,
    schedule: holder.schedule,
    trigger: holder.trigger as Trigger,
    pid: holder.pid,
    startedAt: holder.startedAt,
    finishedAt: now.toISOString(),
    durationMs: now.getTime() - Date.parse(holder.startedAt),
    status: 'interrupted',
    exitCode: 1,
    steps: [],
    outputs: [],
    reason,
  });
}
