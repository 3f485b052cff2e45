import type { Db } from '../lib/db.ts';
import { formatCount } from '../lib/log.ts';
import { readModels } from '../lib/queries.ts';
import { defineStage } from '../lib/stage.ts';
import { alertDrivers, buildSeriesWindows, type DriverOptions, type Drivers } from '../trends/drivers.ts';
import { rankEmerging, type EmergingCandidate, type EmergingOptions } from '../trends/emerging.ts';
import { findAlerts, type AlertOptions, type FoundAlert } from '../trends/find-alerts.ts';
import { groupSeries, type SeriesRow } from '../trends/series.ts';
import { stopWords } from '../language/stop-words.ts';
import { DEFAULT_SPIKE_OPTIONS, SPIKE_METHOD_VERSION } from '../trends/spike-options.ts';

export interface TrendsOptions extends AlertOptions, DriverOptions, EmergingOptions {
  /** Alerts that get drivers, most severe first; the rest keep `drivers` null. */
  maxDriverAlerts: number;
  emergingRecentDays: number;
  emergingBaselineDays: number;
  /** Least mentions using a term in the recent window. */
  emergingMinCount: number;
}

const SQL = Object.fromEntries(readModels('trends').map((model) => [model.name, model.sql]));
const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 };

async function writeAlerts(db: Db, alerts: FoundAlert[], drivers: Map<string, Drivers>, names: Map<string, SeriesRow & { topic_name: string | null; topic_kind: string | null }>, ctx: { runId: string; now: Date }) {
  await db.run('delete from fct_alerts');
  if (!alerts.length) return;
  const rows = alerts.map((alert) => {
    const topic = names.get(alert.topicId);
    return {
      alert_id: alert.alertId, alert_date: alert.date, topic_id: alert.topicId, topic_name: topic?.topic_name ?? null, topic_kind: topic?.topic_kind ?? null,
      platform: alert.platform, lang: alert.lang, metric: alert.metric, direction: alert.direction, severity: alert.severity,
      observed: alert.observed, expected: alert.expected, scale: alert.scale, z_score: alert.zScore,
      baseline_start: alert.baselineStart, baseline_end: alert.baselineEnd,
      drivers: drivers.has(alert.alertId) ? JSON.stringify(drivers.get(alert.alertId)) : null,
    };
  });
  await db.run(`insert into fct_alerts by name ${SQL.alert_rows}`, {
    rows: JSON.stringify(rows), method_version: SPIKE_METHOD_VERSION, run_id: ctx.runId, detected_at: ctx.now.toISOString(),
  });
}

interface Windows {
  recent_from: string;
  recent_to: string;
  baseline_from: string;
}

async function writeEmerging(db: Db, windows: Windows | undefined, options: TrendsOptions, names: Map<string, { topic_name: string | null }>, ctx: { runId: string; now: Date }): Promise<number> {
  await db.run('delete from fct_emerging_terms');
  if (!windows) return 0;
  const rows = await db.all<Record<string, unknown>>(SQL.emerging_candidates, {
    recent_from: windows.recent_from, to: windows.recent_to, baseline_from: windows.baseline_from, min_count: options.emergingMinCount,
  });
  const stop = stopWords('*');
  const candidates: EmergingCandidate[] = rows.filter((r) => r.kind !== 'term' || !stop.has(String(r.term))).map((r) => ({
    topic_id: String(r.topic_id), kind: String(r.kind), term: String(r.term),
    recent_count: Number(r.recent_count), baseline_count: Number(r.baseline_count),
    recent_total: Number(r.recent_total), baseline_total: Number(r.baseline_total),
    first_seen_date: (r.first_seen_date as string | null) ?? null,
  }));
  const ranked = rankEmerging(candidates, options);
  if (!ranked.length) return 0;
  const terms = ranked.map((term) => ({
    topic_id: term.topic_id, topic_name: names.get(term.topic_id)?.topic_name ?? null, kind: term.kind, term: term.term, term_rank: term.term_rank,
    recent_count: term.recent_count, baseline_count: term.baseline_count, recent_total: term.recent_total, baseline_total: term.baseline_total,
    rate_ratio: term.rate_ratio, g2: Math.round(term.g2 * 100) / 100, first_seen_date: term.first_seen_date,
  }));
  await db.run(`insert into fct_emerging_terms by name ${SQL.emerging_rows}`, {
    rows: JSON.stringify(terms), recent_from: windows.recent_from, recent_to: windows.recent_to, baseline_from: windows.baseline_from,
    run_id: ctx.runId, computed_at: ctx.now.toISOString(),
  });
  return ranked.length;
}

export const trendsStage = defineStage<TrendsOptions>({
  name: 'trends',
  description: 'Detect spikes in the daily series against a robust weekly baseline, explain them, and find emerging terms and hashtags.',
  reads: ['fct_volume_daily', 'fct_topic_mentions', 'fct_mentions', 'mention_topics', 'dim_topics', 'int_mention_authors', 'dim_authors', 'fct_alerts', 'fct_emerging_terms'],
  writes: ['fct_alerts', 'fct_emerging_terms'],
  defaults: {
    ...DEFAULT_SPIKE_OPTIONS,
    subSeriesThreshold: 6,
    subSeriesMinExcess: 12,
    maxDriverAlerts: 50,
    driverBaselineDocs: 5_000,
    driverMinCount: 2,
    driverMinG2: 10.83,
    driverTop: 10,
    emergingRecentDays: 7,
    emergingBaselineDays: 28,
    emergingMinCount: 5,
    emergingMinG2: 15.13,
    emergingMinRatio: 3,
    emergingTop: 25,
  },
  fingerprint: () => Object.values(SQL).join('\n') + SPIKE_METHOD_VERSION,
  async run({ db, options, log, now, runId }) {
    const rows = await db.all<SeriesRow & { topic_name: string | null; topic_kind: string | null }>(SQL.daily_series);
    const names = new Map(rows.map((row) => [row.topic_id, row]));
    const series = groupSeries(rows);
    const alerts = findAlerts(series, options).sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.zScore - a.zScore || a.alertId.localeCompare(b.alertId),
    );
    log.info(`  ${formatCount(alerts.length)} alert(s) in ${formatCount(series.length)} daily series`);
    const windows = await db.one<Windows>(SQL.emerging_windows, { recent_days: options.emergingRecentDays, baseline_days: options.emergingBaselineDays });
    const explained = alerts.slice(0, options.maxDriverAlerts);
    return db.transaction(async () => {
      await buildSeriesWindows(db, explained, options);
      await db.run(`create or replace temp table trend_mentions as ${SQL.trend_mentions}`, {
        baseline_from: windows?.baseline_from ?? null,
        to: windows?.recent_to ?? null,
      });
      await db.run(`create or replace temp table trend_text_terms as ${SQL.trend_text_terms}`);
      const drivers = await alertDrivers(db, explained, options);
      await writeAlerts(db, alerts, drivers, names, { runId, now });
      const emerging = await writeEmerging(db, windows, options, names, { runId, now });
      for (const table of ['trend_mentions', 'series_window', 'trend_text_terms']) await db.run(`drop table ${table}`);
      log.info(`  ${formatCount(emerging)} emerging term(s) and hashtag(s)`);
      const warnings = series.length === 0 ? ['No daily series to test: fct_volume_daily is empty. Load mentions and run again.'] : [];
      return { rows: alerts.length + emerging, warnings };
    });
  },
});
