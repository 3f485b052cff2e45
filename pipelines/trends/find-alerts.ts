import { createHash } from 'node:crypto';
import { detectSpikes, type Spike } from './detect.ts';
import { seriesLevel, type Series, type SeriesKey } from './series.ts';
import type { SpikeOptions } from './spike-options.ts';

export interface AlertOptions extends SpikeOptions {
  /** A platform or language series alerts only from this z-score and excess: there are many of them. */
  subSeriesThreshold: number;
  subSeriesMinExcess: number;
}

export interface FoundAlert extends Spike, SeriesKey {
  alertId: string;
  direction: 'up' | 'down';
}

const alertId = (key: SeriesKey, spike: Spike) =>
  createHash('sha256').update([key.topicId, key.platform, key.lang, spike.date, spike.metric].join('\u0000')).digest('hex').slice(0, 16);

/**
 * Spikes over every series. Platform and language series test at a stricter threshold (there are
 * dozens per topic, so chance spikes would crowd out real ones), and a sub-series alert is dropped
 * when its topic's total series alerts on the same day and metric: the drivers show the breakdown.
 */
export function findAlerts(series: Series[], options: AlertOptions): FoundAlert[] {
  const found: FoundAlert[] = [];
  for (const one of series) {
    const level = seriesLevel(one);
    const levelOptions = level === 0 ? options : { ...options, threshold: options.subSeriesThreshold, minExcess: options.subSeriesMinExcess };
    for (const spike of detectSpikes(one.points, levelOptions)) {
      const key = { topicId: one.topicId, platform: one.platform, lang: one.lang };
      found.push({ ...spike, ...key, alertId: alertId(key, spike), direction: spike.metric === 'net_sentiment' ? 'down' : 'up' });
    }
  }
  const topLevel = new Set(found.filter((a) => seriesLevel(a) === 0).map((a) => `${a.topicId}|${a.date}|${a.metric}`));
  return found.filter((a) => seriesLevel(a) === 0 || !topLevel.has(`${a.topicId}|${a.date}|${a.metric}`));
}
