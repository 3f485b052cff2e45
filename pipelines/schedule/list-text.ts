import type { Schedule } from './config-schema.ts';
import { formatFire, nextFires } from './next-fires.ts';
import type { RunRecord } from './run-log.ts';
import { stepArgs } from './step-args.ts';
import { displayCommand } from './run-step.ts';

/** `listen schedule list`: each schedule, its steps, its next fire times and its last run. */
export function listText(schedules: Schedule[], runs: RunRecord[], count: number, now = new Date()): string {
  if (!schedules.length) return 'No schedules in listening.config.ts. Declare them under schedules: [...] (docs/schedules.md).\n';
  const blocks = schedules.map((schedule) => {
    const last = [...runs].reverse().find((run) => run.schedule === schedule.name);
    const steps = schedule.steps.map((step, i) => `    ${i + 1}. ${displayCommand(stepArgs(step, { runId: '{run}', date: '{date}' }))}`);
    const fires = schedule.enabled ? nextFires(schedule, count, now).map((at) => formatFire(at, schedule.timeZone)) : [];
    return [
      `${schedule.name}${schedule.enabled ? '' : ' (disabled)'}: "${schedule.cron}" in ${schedule.timeZone}${schedule.description ? ` — ${schedule.description}` : ''}`,
      ...steps,
      `  next: ${fires.length ? fires.join('\n        ') : 'never (disabled)'}`,
      `  last run: ${last ? `${last.status} ${last.startedAt} (${last.runId})` : 'none yet'}`,
    ].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
