import type { DayPoint } from './detect.ts';

export interface SeriesKey {
  topicId: string;
  platform: string;
  lang: string;
}

export interface Series extends SeriesKey {
  points: DayPoint[];
}

export interface SeriesRow {
  topic_id: string;
  platform: string;
  lang: string;
  day: string;
  day_of_week: number | bigint;
  mentions: number | bigint;
  negative: number | bigint;
  net_sentiment: number | null;
}

/** Groups fct_volume_daily rows (ordered by series, then day) into series. */
export function groupSeries(rows: SeriesRow[]): Series[] {
  const out: Series[] = [];
  let current: Series | undefined;
  for (const row of rows) {
    if (!current || current.topicId !== row.topic_id || current.platform !== row.platform || current.lang !== row.lang) {
      current = { topicId: row.topic_id, platform: row.platform, lang: row.lang, points: [] };
      out.push(current);
    }
    current.points.push({
      date: row.day,
      weekday: Number(row.day_of_week),
      mentions: Number(row.mentions),
      negative: Number(row.negative),
      net: row.net_sentiment,
    });
  }
  return out;
}

/** 0 for a topic's total series, 1 for one platform or one language, 2 for both. */
export const seriesLevel = (key: SeriesKey): number => Number(key.platform !== 'all') + Number(key.lang !== 'all');
