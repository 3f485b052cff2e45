import { EMERGING_DAYS, SPIKE_MULTIPLIER } from './brands.ts';
import type { Rng } from './prng.ts';

export const DAY_MS = 86_400_000;

/** Share of mentions negative about our brand (about 0.115 in practice; lower here because replies and reposts amplify a spike). */
export const OURS_NEGATIVE_RATE = 0.1;

/** UTC hourly weights: a quiet night, a lunch bump and an evening peak across the covered time zones. */
const HOURLY = [2, 1.5, 1.2, 1, 1, 1.3, 2, 3, 4, 5, 5.5, 6, 6.5, 6, 5.5, 5.5, 6, 6.5, 7.5, 8, 8, 7, 5, 3];
const CUMULATIVE = HOURLY.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1]! + w], [0]);
const HOURLY_TOTAL = CUMULATIVE[CUMULATIVE.length - 1]!;

export interface DayPlan {
  index: number;
  start: number;
  date: string;
  count: number;
  spikeExtra: number;
  emergingChance: number;
}

export interface Timeline {
  days: DayPlan[];
  spikeDay: number;
  emergingFrom: number;
}

export function parseStartDate(start: string): number {
  const ms = Date.parse(`${start}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || Number.isNaN(ms)) throw new Error(`not a date: ${start}`);
  return ms;
}

export const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return counts;
}

export function planTimeline(rng: Rng, rows: number, start: string, dayCount: number): Timeline {
  const first = parseStartDate(start);
  const spikeDay = Math.round(dayCount * 0.62);
  const emergingFrom = dayCount - EMERGING_DAYS;
  const spikeExtra = Math.min(rows, Math.round(((SPIKE_MULTIPLIER - 1) * OURS_NEGATIVE_RATE * rows) / dayCount));
  const weights = Array.from({ length: dayCount }, (_, d) => {
    const weekday = new Date(first + d * DAY_MS).getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? 0.85 : 1;
    return weekend * (1 + (0.15 * d) / dayCount) * rng.logNormal(1, 0.08);
  });
  const counts = apportion(rows - spikeExtra, weights);
  const days = counts.map((count, d) => ({
    index: d,
    start: first + d * DAY_MS,
    date: isoDate(first + d * DAY_MS),
    count: count + (d === spikeDay ? spikeExtra : 0),
    spikeExtra: d === spikeDay ? spikeExtra : 0,
    emergingChance: d < emergingFrom ? 0 : 0.04 + (0.3 * (d - emergingFrom)) / Math.max(1, EMERGING_DAYS - 1),
  }));
  return { days, spikeDay, emergingFrom };
}

/** The i-th of n ordered moments in a day, following the hourly profile, in whole seconds. */
export function momentInDay(dayStart: number, i: number, n: number, jitter: number): number {
  const target = ((i + jitter) / n) * HOURLY_TOTAL;
  let hour = 0;
  while (hour < 23 && CUMULATIVE[hour + 1]! < target) hour++;
  const within = (target - CUMULATIVE[hour]!) / HOURLY[hour]!;
  return dayStart + Math.min(86_399, Math.floor((hour + within) * 3600)) * 1000;
}
