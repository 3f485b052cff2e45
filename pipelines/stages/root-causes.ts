import { availableParallelism } from 'node:os';
import { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from '../clustering/cluster-mentions.ts';
import { ClusterPool } from '../clustering/cluster-pool.ts';
import type { PreviousTheme } from '../clustering/identity.ts';
import { insertRows } from '../clustering/insert-rows.ts';
import { brandWords } from '../clustering/prepare-text.ts';
import { scopeThemes, type ScopeMention, type Theme } from '../clustering/scope-themes.ts';
import { groupBy } from '../lib/group-by.ts';
import { formatCount } from '../lib/log.ts';
import { readModels } from '../lib/queries.ts';
import { defineStage } from '../lib/stage.ts';

export interface RootCauseOptions extends ClusterOptions {
  /** Which mentions of a brand are clustered: those negative toward it, or all of them. */
  population: 'negative' | 'all';
  /** Least mentions for a language to be clustered on its own besides the all-language run. */
  minLangMentions: number;
  /** Least centroid cosine for a theme to keep the previous run's id. */
  matchThreshold: number;
  /** Themes named per alert in fct_alerts.drivers.clusters. */
  alertThemes: number;
  /** Threads for scopes of at least `parallelAbove` mentions: 'auto' is one per core (none on one core), 0 none. */
  workers: number | 'auto';
}

const SQL = Object.fromEntries(readModels('root_causes').map((model) => [model.name, model.sql]));

const THEME_SHAPE = {
  root_cause_id: 'VARCHAR', brand: 'VARCHAR', lang: 'VARCHAR', label: 'VARCHAR', key_phrases: 'VARCHAR[]', is_misc: 'BOOLEAN', size: 'INTEGER',
  share: 'DOUBLE', mean_sentiment: 'DOUBLE', first_date: 'DATE', last_date: 'DATE', top_authors: 'VARCHAR[]', is_new: 'BOOLEAN', centroid: 'JSON',
  population: 'VARCHAR', run_id: 'VARCHAR',
};
const MEMBER_SHAPE = { mention_id: 'VARCHAR', root_cause_id: 'VARCHAR', similarity: 'DOUBLE', is_representative: 'BOOLEAN' };

async function brandNames(db: Parameters<typeof insertRows>[0]): Promise<Map<string, Set<string>>> {
  const rows = await db.all<{ topic_id: string; name: string | null; query: string | null }>(
    "select topic_id, name, query from dim_topics where kind in ('brand', 'competitor')",
  );
  return new Map(rows.map((row) => [row.topic_id, brandWords([row.topic_id, row.name ?? '', ...(row.query ?? '').split(/\s+OR\s+/)])]));
}

async function explainAlerts(db: Parameters<typeof insertRows>[0], top: number): Promise<number> {
  const lifts = await db.all<{ alert_id: string; root_cause_id: string; label: string; day_mentions: bigint; baseline_mentions: bigint; lift: number; excess: number }>(SQL.alert_theme_lift);
  const byAlert = groupBy(lifts, (row) => row.alert_id);
  for (const [alertId, rows] of byAlert) {
    const clusters = rows.slice(0, top).map((row) => ({
      root_cause_id: row.root_cause_id, label: row.label, mentions: Number(row.day_mentions), baseline_mentions: Number(row.baseline_mentions), lift: Math.round(row.lift * 100) / 100,
      excess: Math.round(Number(row.excess) * 100) / 100,
    }));
    await db.run('update fct_alerts set drivers = json_merge_patch(drivers, $patch::json) where alert_id = $alert_id', { alert_id: alertId, patch: JSON.stringify({ clusters }) });
  }
  return byAlert.size;
}

export const rootCausesStage = defineStage<RootCauseOptions>({
  name: 'root-causes',
  description: 'Cluster each brand’s complaints into named themes that keep their ids across runs, and name the themes behind each brand alert.',
  reads: ['fct_mentions', 'mention_topics', 'dim_topics', 'fct_alerts', 'fct_root_causes', 'mention_root_cause', 'fct_root_cause_daily'],
  writes: ['fct_root_causes', 'mention_root_cause', 'fct_root_cause_daily', 'fct_alerts'],
  defaults: { ...DEFAULT_CLUSTER_OPTIONS, population: 'negative', minLangMentions: 30, matchThreshold: 0.5, alertThemes: 3, workers: 'auto' },
  fingerprint: () => Object.values(SQL).join('\n'),
  async run({ db, options, log, runId }) {
    const previousRows = await db.all<{ root_cause_id: string; brand: string; lang: string; centroid: string }>(
      'select root_cause_id, brand, lang, centroid::varchar as centroid from fct_root_causes where not is_misc',
    );
    const previous = new Map<string, PreviousTheme[]>();
    for (const [key, rows] of groupBy(previousRows, (row) => `${row.brand}\u0000${row.lang}`)) {
      previous.set(key, rows.map((row) => ({ root_cause_id: row.root_cause_id, centroid: JSON.parse(row.centroid) })));
    }
    const names = await brandNames(db);
    const threads = options.workers === 'auto' ? (availableParallelism() > 1 ? availableParallelism() : 0) : options.workers;
    let pool: Promise<ClusterPool> | null = null;
    const poolFor = (size: number) => (threads > 0 && size >= options.parallelAbove ? (pool ??= new ClusterPool(threads).start()) : null);
    const themes: (Theme & { brand: string; lang: string })[] = [];
    let clustered = 0;
    try {
      // One brand's mentions at a time: a warehouse's negative mentions need not fit in memory together.
      for (const brand of [...names.keys()].sort()) {
        const brandMentions = await db.all<ScopeMention>(SQL.root_cause_mentions, { population: options.population, brand });
        if (!brandMentions.length) continue;
        clustered += brandMentions.length;
        const langs = groupBy(brandMentions, (m) => m.lang);
        const scopes = [['all', brandMentions] as const, ...[...langs].filter(([, list]) => list.length >= options.minLangMentions).sort((a, b) => a[0].localeCompare(b[0]))];
        for (const [lang, list] of scopes) {
          const found = await scopeThemes(
            { brand, lang, mentions: list, dropWords: names.get(brand) ?? brandWords([brand]), previous: previous.get(`${brand}\u0000${lang}`) ?? [], hadPreviousRun: previousRows.length > 0 },
            { ...options, runId },
            await poolFor(list.length),
          );
          for (const theme of found) themes.push({ ...theme, brand, lang });
        }
        log.info(`  ${brand}: ${formatCount(brandMentions.length)} mention(s), ${formatCount(themes.filter((t) => t.brand === brand && !t.is_misc).length)} theme(s) over ${langs.size} language(s)`);
      }
    } finally {
      if (pool) await (await pool).close();
    }
    return db.transaction(async () => {
      for (const table of ['fct_root_causes', 'mention_root_cause', 'fct_root_cause_daily']) await db.run(`delete from ${table}`);
      await insertRows(db, 'fct_root_causes', THEME_SHAPE, themes.map(({ members, centroid, ...theme }) => ({ ...theme, centroid, population: options.population, run_id: runId })));
      await insertRows(db, 'mention_root_cause', MEMBER_SHAPE, themes.flatMap((theme) => theme.members.map((m) => ({ ...m, root_cause_id: theme.root_cause_id }))));
      await db.run(`insert into fct_root_cause_daily ${SQL.root_cause_daily}`);
      const explained = await explainAlerts(db, options.alertThemes);
      log.info(`  ${formatCount(themes.filter((t) => !t.is_misc).length)} theme(s); ${formatCount(explained)} alert(s) given their themes`);
      const warnings = clustered === 0 ? [`No ${options.population === 'negative' ? 'negative ' : ''}brand mentions to cluster: run the topics stage with brands in listening.config.ts, or set population to 'all'.`] : [];
      return { rows: themes.length, warnings };
    });
  },
});
