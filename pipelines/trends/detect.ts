import { median, scaledMad, weekdayFactors } from './robust.ts';
import type { SpikeOptions } from './spike-options.ts';

export type Metric = 'volume' | 'negative_volume' | 'net_sentiment';
export type Severity = 'low' | 'medium' | 'high';

/** One day of one series, zero-filled (fct_volume_daily). */
export interface DayPoint {
  date: string;
  /** ISO day of week, 1 = Monday. */
  weekday: number;
  mentions: number;
  negative: number;
  /** (positive − negative) / mentions; null on a day without mentions. */
  net: number | null;
}

export interface Spike {
  index: number;
  date: string;
  metric: Metric;
  observed: number;
  expected: number;
  scale: number;
  zScore: number;
  severity: Severity;
  baselineStart: string;
  baselineEnd: string;
  /** Mentions in the baseline window. */
  baselineMentions: number;
}

export function severityOf(z: number, options: SpikeOptions): Severity {
  const size = Math.abs(z);
  return size >= options.highAt ? 'high' : size >= options.mediumAt ? 'medium' : 'low';
}

/**
 * Expected count for a day from its baseline window: the median of the window after removing a
 * day-of-week factor, times the factor of the day tested. The scale is the MAD (×1.4826) of the
 * deseasonalized window, floored by the Poisson standard deviation √expected, so a flat window of
 * small counts (MAD 0) does not turn every extra mention into an alert.
 */
export function countBaseline(values: number[], weekdays: number[], weekday: number, options: SpikeOptions): { expected: number; scale: number } {
  const factors = weekdayFactors(values, weekdays, options.seasonalityPseudoDays);
  const adjusted = values.map((v, i) => v / factors[weekdays[i]]);
  const center = median(adjusted);
  const expected = center * factors[weekday];
  const scale = Math.max(scaledMad(adjusted, center) * factors[weekday], Math.sqrt(Math.max(expected, 1)));
  return { expected, scale };
}

/** Tests each day of a series against the `baselineDays` before it; returns the days that are spikes. */
export function detectSpikes(points: DayPoint[], options: SpikeOptions): Spike[] {
  const spikes: Spike[] = [];
  for (let t = options.minHistoryDays; t < points.length; t++) {
    const window = points.slice(Math.max(0, t - options.baselineDays), t);
    const day = points[t];
    const baselineMentions = window.reduce((sum, p) => sum + p.mentions, 0);
    const base = { index: t, date: day.date, baselineStart: window[0].date, baselineEnd: window.at(-1)!.date, baselineMentions };
    const weekdays = window.map((p) => p.weekday);
    for (const metric of ['volume', 'negative_volume'] as const) {
      const observed = metric === 'volume' ? day.mentions : day.negative;
      const values = window.map((p) => (metric === 'volume' ? p.mentions : p.negative));
      const { expected, scale } = countBaseline(values, weekdays, day.weekday, options);
      const zScore = (observed - expected) / scale;
      if (zScore >= options.threshold && observed - expected >= options.minExcess && observed >= options.minRatio * expected) {
        spikes.push({ ...base, metric, observed, expected, scale, zScore, severity: severityOf(zScore, options) });
      }
    }
    const net = netSentimentDrop(window, day, options);
    if (net) spikes.push({ ...base, ...net, metric: 'net_sentiment', severity: severityOf(net.zScore, options) });
  }
  return spikes;
}

/**
 * Net sentiment is a share, so it gets no weekday factor: the baseline is the median of the window's
 * days with enough mentions, the scale their MAD floored by the binomial standard error of the day.
 * Only drops are alerts.
 */
function netSentimentDrop(window: DayPoint[], day: DayPoint, options: SpikeOptions) {
  if (day.net === null || day.mentions < options.minVolumeForNet) return undefined;
  const values = window.filter((p) => p.net !== null && p.mentions >= options.minVolumeForNet).map((p) => p.net!);
  if (values.length < options.minHistoryDays / 2) return undefined;
  const expected = median(values);
  const scale = Math.max(scaledMad(values, expected), Math.sqrt(Math.max(1 - expected * expected, 0.05) / day.mentions));
  const zScore = (day.net - expected) / scale;
  if (zScore > -options.threshold || expected - day.net < options.minNetDrop) return undefined;
  return { observed: day.net, expected, scale, zScore };
}
