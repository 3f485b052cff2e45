/** Every user-facing sentence of schedules in one place; tests assert them verbatim. */
export const scheduleMessages = {
  badZone: (zone: string) => `the time zone "${zone}" is not an IANA zone name; use one such as "Europe/Istanbul" or "UTC"`,
  badCron: (cron: string, problem: string) =>
    `the cron expression "${cron}" does not parse (${problem}); write 5 fields (minute hour day-of-month month day-of-week) or 6 with seconds first, e.g. "30 7 * * 1"`,
  duplicateName: 'the name is used twice; give each schedule its own name',
  unknownSchedule: (name: string, names: string[]) =>
    `There is no schedule "${name}" in listening.config.ts. ${names.length ? `Schedules: ${names.join(', ')}.` : 'Declare one under schedules: [...] (docs/schedules.md).'}`,
  noSchedules: 'No enabled schedules in listening.config.ts: add one under schedules: [...] (docs/schedules.md), or set enabled: true.',
  lockHeld: (holder: { runId: string; schedule: string; pid: number; startedAt: string }) =>
    `run ${holder.runId} of schedule "${holder.schedule}" (pid ${holder.pid}, started ${holder.startedAt}) is still running; two runs never overlap`,
  waitedTooLong: (seconds: number, reason: string) => `waited ${seconds} s for the lock: ${reason}`,
  schedulerRunning: (holder: { pid: number; startedAt: string }, lock: string) =>
    `A scheduler is already running for this workspace (pid ${holder.pid}, started ${holder.startedAt}). Stop it first, or remove ${lock} if that process is gone.`,
  staleRun: (holder: { runId: string; schedule: string; pid: number }) =>
    `run ${holder.runId} of schedule "${holder.schedule}" ended without a record: its process ${holder.pid} is gone (killed or crashed)`,
  stepFailed: (index: number, kind: string, code: number | null, signal: string | null, tail: string) =>
    `step ${index} (${kind}) ${code === null ? `was killed by ${signal}` : `exited with code ${code}`}${tail ? `: ${tail}` : ''}`,
  interrupted: (signal: string) => `interrupted by ${signal}`,
};
