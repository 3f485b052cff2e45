import type { Schedule } from './config-schema.ts';
import { cronFor } from './config-schema.ts';

/** `Mon 2026-11-30 07:30:00 Europe/Istanbul (04:30:00Z)`: the zone's wall clock first, then UTC. */
export function formatFire(at: Date | null, timeZone: string): string {
  if (!at) return 'never';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const utc = at.toISOString();
  const utcShort = utc.slice(0, 10) === `${parts.year}-${parts.month}-${parts.day}` ? `${utc.slice(11, 19)}Z` : `${utc.slice(0, 19)}Z`;
  const local = `${parts.weekday} ${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second} ${timeZone}`;
  return timeZone === 'UTC' ? local : `${local} (${utcShort})`;
}

export function nextFires(schedule: Pick<Schedule, 'cron' | 'timeZone'>, count: number, from = new Date()): Date[] {
  const job = cronFor(schedule);
  const fires = job.nextRuns(count, from);
  job.stop();
  return fires;
}
