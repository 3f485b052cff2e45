import type { Db } from '../lib/db.ts';
import { readModels } from '../lib/queries.ts';
import type { FoundAlert } from './find-alerts.ts';
import { stopWords } from '../language/stop-words.ts';
import { logLikelihood } from './log-likelihood.ts';

export interface DriverOptions {
  /** Baseline mentions sampled per alert for the term statistics. */
  driverBaselineDocs: number;
  /** Least mentions on the spike day for a term to be a driver. */
  driverMinCount: number;
  /** Least G² for a term to be a driver (10.83 is p < 0.001). */
  driverMinG2: number;
  /** Terms, hashtags and authors listed per alert. */
  driverTop: number;
}

/** What drove an alert; `clusters` is filled by root-cause clustering when it runs. */
export interface Drivers {
  terms: { term: string; count: number; baseline_count: number; g2: number }[];
  hashtags: { hashtag: string; count: number; baseline_count: number; g2: number }[];
  authors: { author_key: string; handle: string | null; mentions: number; negative: number; influence_score: number | null }[];
  platforms: { platform: string; mentions: number }[];
  languages: { lang: string; mentions: number }[];
  peak_hours: { hour_utc: string; mentions: number }[];
  mentions_sampled: { spike: number; baseline: number };
  clusters: null;
}

const SQL = Object.fromEntries(readModels('trends').map((model) => [model.name, model.sql]));
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The per-million rate that thins an alert's baseline to about twice the sample before it is drawn. */
const perMillion = (alert: FoundAlert, options: DriverOptions) =>
  Math.min(1_000_000, Math.ceil((2 * 1_000_000 * options.driverBaselineDocs) / Math.max(1, alert.baselineMentions)));

function byAlert<T extends { alert_id: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.alert_id);
    if (list) list.push(row);
    else out.set(row.alert_id, [row]);
  }
  return out;
}

/**
 * Builds the temp table series_window: the mentions of every given alert's series window, keyed by
 * alert_id (queries/trends/series_window.sql), in one pass over fct_topic_mentions.
 */
export async function buildSeriesWindows(db: Db, alerts: FoundAlert[], options: DriverOptions): Promise<void> {
  const rows = alerts.map((alert) => ({
    alert_id: alert.alertId,
    topic_id: alert.topicId,
    platform: alert.platform,
    lang: alert.lang,
    from_date: alert.baselineStart,
    day: alert.date,
    negative_only: alert.metric !== 'volume',
    per_million: perMillion(alert, options),
  }));
  await db.run(`create or replace temp table driver_alerts as ${SQL.driver_alerts}`, { alerts: JSON.stringify(rows) });
  await db.run(`create or replace temp table series_window as ${SQL.series_window}`, { max_docs: options.driverBaselineDocs });
  await db.run('drop table driver_alerts');
}

/**
 * Computes the drivers of the given alerts from series_window (buildSeriesWindows), the texts of the
 * stage's trend_mentions and their words in trend_text_terms, each spike day against its baseline window: three set queries over all alerts,
 * not a round of queries per alert.
 */
export async function alertDrivers(db: Db, alerts: FoundAlert[], options: DriverOptions): Promise<Map<string, Drivers>> {
  const out = new Map<string, Drivers>();
  if (!alerts.length) return out;
  type Count = { alert_id: string; kind: string; term: string; spike_count: bigint; baseline_count: bigint; spike_total: bigint; baseline_total: bigint };
  type Author = { alert_id: string; author_key: string; author_handle: string | null; mentions: bigint; negative: bigint; influence_score: number | null };
  type Breakdown = { alert_id: string; dimension: string; value: string; mentions: bigint };
  const counts = byAlert(await db.all<Count>(SQL.driver_terms, { min_count: options.driverMinCount }));
  const authors = byAlert(await db.all<Author>(SQL.driver_authors, { limit: options.driverTop }));
  const breakdowns = byAlert(await db.all<Breakdown>(SQL.driver_breakdown, { limit: 5 }));
  const stop = stopWords('*');
  for (const alert of alerts) {
    const scored = (counts.get(alert.alertId) ?? [])
      .filter((c) => c.kind !== 'term' || !stop.has(c.term))
      .map((c) => ({
        kind: c.kind,
        term: c.term,
        count: Number(c.spike_count),
        baseline_count: Number(c.baseline_count),
        g2: round(logLikelihood(Number(c.spike_count), Number(c.spike_total), Number(c.baseline_count), Number(c.baseline_total))),
      }))
      .filter((c) => c.g2 >= options.driverMinG2)
      .sort((a, b) => b.g2 - a.g2 || a.term.localeCompare(b.term));
    const pick = (kind: string) => scored.filter((c) => c.kind === kind).slice(0, options.driverTop);
    const breakdown = breakdowns.get(alert.alertId) ?? [];
    const of = (dimension: string) => breakdown.filter((b) => b.dimension === dimension);
    const sampled = (value: string) => Number(of('sampled').find((b) => b.value === value)?.mentions ?? 0);
    out.set(alert.alertId, {
      terms: pick('term').map(({ term, count, baseline_count, g2 }) => ({ term, count, baseline_count, g2 })),
      hashtags: pick('hashtag').map(({ term, count, baseline_count, g2 }) => ({ hashtag: term, count, baseline_count, g2 })),
      authors: (authors.get(alert.alertId) ?? []).map((a) => ({
        author_key: a.author_key,
        handle: a.author_handle,
        mentions: Number(a.mentions),
        negative: Number(a.negative),
        influence_score: a.influence_score,
      })),
      platforms: of('platform').map((b) => ({ platform: b.value, mentions: Number(b.mentions) })),
      languages: of('lang').map((b) => ({ lang: b.value, mentions: Number(b.mentions) })),
      peak_hours: of('hour').map((b) => ({ hour_utc: b.value, mentions: Number(b.mentions) })),
      mentions_sampled: { spike: sampled('spike'), baseline: sampled('baseline') },
      clusters: null,
    });
  }
  return out;
}
