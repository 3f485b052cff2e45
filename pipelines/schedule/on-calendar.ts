import { CronPattern } from 'croner';
import { CRON_MODE } from './config-schema.ts';

export type Conversion = { ok: true; calendars: string[] } | { ok: false; reason: string };

/** systemd orders weekdays from Monday; cron numbers them from Sunday = 0. */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** croner's day-of-week cell: 63 = every occurrence in the month, else bits 1..16 = the 1st..5th, 32 = the last. */
const ANY_OCCURRENCE = 63;
const LAST_OCCURRENCE = 32;

/**
 * A cron expression as systemd OnCalendar= values (several when cron's day-of-month OR day-of-week
 * rule needs them: systemd requires both parts to match, cron either). Read from croner's parsed
 * pattern, so names, ranges and steps are expanded exactly as the scheduler fires them.
 */
export function cronToOnCalendar(cron: string, timeZone: string): Conversion {
  const pattern = new CronPattern(cron, timeZone, { mode: CRON_MODE });
  if (pattern.nearestWeekdays.some(Boolean)) return { ok: false, reason: 'it uses W (nearest weekday), which OnCalendar has no form for' };
  if (pattern.lastWeekday) return { ok: false, reason: 'it uses LW (last weekday of the month), which OnCalendar has no form for' };
  if (/\?/.test(cron)) return { ok: false, reason: 'it uses ?, which croner replaces with the time the scheduler starts' };

  const time = `${field(on(pattern.hour), 0, 23)}:${field(on(pattern.minute), 0, 59)}:${field(on(pattern.second), 0, 59)}`;
  const months = field(on(pattern.month).map((m) => m + 1), 1, 12);
  const at = (weekdays: string, days: string) => `${weekdays ? `${weekdays} ` : ''}*-${months}${days} ${time} ${timeZone}`;

  const dayParts: string[] = [];
  const days = on(pattern.day).map((d) => d + 1);
  if (days.length) dayParts.push(at('', `-${field(days, 1, 31)}`));
  if (pattern.lastDayOfMonth) dayParts.push(at('', '~01'));

  const weekdayParts: string[] = [];
  const byOccurrence = new Map<number, number[]>();
  pattern.dayOfWeek.forEach((cell, day) => {
    if (cell) byOccurrence.set(cell, [...(byOccurrence.get(cell) ?? []), day]);
  });
  for (const [cell, weekdays] of byOccurrence) {
    const names = weekdayField(weekdays);
    if (cell === ANY_OCCURRENCE) weekdayParts.push(at(names, '-*'));
    else
      for (let bit = 0; bit < 6; bit++) {
        if (!(cell & (1 << bit))) continue;
        weekdayParts.push(1 << bit === LAST_OCCURRENCE ? at(names, '~07/1') : at(names, `-${pad(bit * 7 + 1)}..${pad(Math.min(bit * 7 + 7, 31))}`));
      }
  }

  if (pattern.starDOW) return { ok: true, calendars: dayParts.length ? dayParts : [at('', '-*')] };
  if (pattern.starDOM) return { ok: true, calendars: weekdayParts };
  return { ok: true, calendars: [...dayParts, ...weekdayParts] };
}

function on(cells: number[]): number[] {
  return cells.flatMap((cell, index) => (cell ? [index] : []));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `*`, `00/15` for a step from the start, else a list with runs of 3+ as ranges: `01,09..17`. */
function field(values: number[], min: number, max: number): string {
  if (values.length === max - min + 1) return '*';
  const step = values.length > 2 ? values[1] - values[0] : 0;
  if (step > 1 && values.every((v, i) => v === values[0] + i * step) && values[values.length - 1] + step > max) return `${pad(values[0])}/${step}`;
  return ranges(values).map(([a, b]) => (a === b ? pad(a) : b === a + 1 ? `${pad(a)},${pad(b)}` : `${pad(a)}..${pad(b)}`)).join(',');
}

function weekdayField(days: number[]): string {
  const mondayFirst = days.map((d) => (d === 0 ? 7 : d)).sort((a, b) => a - b);
  return ranges(mondayFirst)
    .map(([a, b]) => (a === b ? WEEKDAYS[a % 7] : b === a + 1 ? `${WEEKDAYS[a % 7]},${WEEKDAYS[b % 7]}` : `${WEEKDAYS[a % 7]}..${WEEKDAYS[b % 7]}`))
    .join(',');
}

function ranges(sorted: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const value of sorted) {
    const last = out[out.length - 1];
    if (last && value === last[1] + 1) last[1] = value;
    else out.push([value, value]);
  }
  return out;
}
