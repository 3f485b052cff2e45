import { Cron } from 'croner';
import { CliError } from '../lib/errors.ts';
import { CRON_MODE, type Schedule } from './config-schema.ts';
import { tryLock } from './lock.ts';
import { scheduleMessages } from './messages.ts';
import { formatFire } from './next-fires.ts';
import type { SchedulePaths } from './paths.ts';
import { runSchedule } from './run-schedule.ts';

export interface SchedulerOptions {
  root: string;
  paths: SchedulePaths;
  schedules: Schedule[];
  log(line: string): void;
}

/**
 * Fires each enabled schedule in its zone until SIGINT or SIGTERM. The first signal stops firing and
 * waits for the run in progress to end; a second one stops that run's step too.
 */
export async function runScheduler(opts: SchedulerOptions): Promise<number> {
  const enabled = opts.schedules.filter((schedule) => schedule.enabled);
  if (!enabled.length) throw new CliError(scheduleMessages.noSchedules, 2);
  const lock = tryLock(opts.paths.schedulerLock, { runId: `scheduler-${process.pid}`, schedule: '*', trigger: 'scheduler', startedAt: new Date().toISOString() });
  if (!lock.acquired) throw new CliError(scheduleMessages.schedulerRunning(lock.holder, opts.paths.schedulerLock), 3);

  const abort = new AbortController();
  const active = new Set<Promise<unknown>>();
  const fire = (schedule: Schedule) => {
    const run = runSchedule({ root: opts.root, paths: opts.paths, schedule, trigger: 'scheduler', signal: abort.signal, log: opts.log }).catch((error: unknown) =>
      opts.log(`${schedule.name}: the run could not start: ${(error as Error)?.message ?? String(error)}`),
    );
    active.add(run);
    void run.finally(() => active.delete(run));
  };
  const jobs = enabled.map((schedule) => new Cron(schedule.cron, { timezone: schedule.timeZone, mode: CRON_MODE, name: schedule.name }, () => fire(schedule)));

  opts.log(`scheduler started (pid ${process.pid}): ${jobs.length} schedule(s); SIGINT or SIGTERM stops it after the run in progress`);
  jobs.forEach((job, i) => opts.log(`  ${enabled[i].name}: "${enabled[i].cron}" in ${enabled[i].timeZone}, next ${formatFire(job.nextRun(), enabled[i].timeZone)}`));

  let forced = false;
  await new Promise<void>((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        forced = true;
        opts.log(`${signal} again: stopping the step in progress`);
        abort.abort(signal);
        return;
      }
      stopping = true;
      for (const job of jobs) job.stop();
      opts.log(`${signal}: no new runs; ${active.size ? `waiting for ${active.size} run(s) in progress (send ${signal} again to stop it)` : 'nothing in progress'}`);
      void Promise.allSettled([...active]).then(() => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        resolve();
      });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  lock.release();
  opts.log('scheduler stopped');
  return forced ? 1 : 0;
}
