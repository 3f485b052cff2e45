import { availableParallelism } from 'node:os';
import { BOOLEAN, DOUBLE, DuckDBDataChunk, INTEGER, VARCHAR, type DuckDBAppender } from '@duckdb/node-api';
import { DEFAULT_CLUSTER_OPTIONS, featurize, type ClusterInput, type ClusterOptions } from '../clustering/cluster-mentions.ts';
import { ClusterPool } from '../clustering/cluster-pool.ts';
import { tableRows } from '../clustering/feature-table.ts';
import type { PreviousTheme } from '../clustering/identity.ts';
import { insertRows } from '../clustering/insert-rows.ts';
import { brandWords } from '../clustering/prepare-text.ts';
import { scopeThemes, type Theme } from '../clustering/scope-themes.ts';
import type { Db } from '../lib/db.ts';
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

/** The shape of root_cause_themes (queries/root_causes/root_cause_scratch.sql). */
const THEME_SHAPE = {
  theme: 'INTEGER', scope: 'INTEGER', brand: 'VARCHAR', lang: 'VARCHAR', root_cause_id: 'VARCHAR', label: 'VARCHAR', key_phrases: 'VARCHAR[]',
  is_misc: 'BOOLEAN', is_new: 'BOOLEAN', centroid: 'JSON',
};
/** The columns of root_cause_members, in order. */
const MEMBER_TYPES = [INTEGER, INTEGER, DOUBLE, BOOLEAN];
const CHUNK_ROWS = 2048;
const SCRATCH = ['clustered_mentions', 'root_cause_members', 'root_cause_themes'];

/** Memberships into root_cause_members: `rows` maps a member's position in its scope to its clustered_mentions row; themes are numbered from `firstTheme`. */
function appendMembers(appender: DuckDBAppender, rows: Int32Array, themes: Theme[], firstTheme: number, representatives: number): void {
  const theme = new Int32Array(CHUNK_ROWS);
  const row = new Int32Array(CHUNK_ROWS);
  const similarity: (number | null)[] = [];
  const representative: boolean[] = [];
  const flush = () => {
    const n = similarity.length;
    const chunk = DuckDBDataChunk.create(MEMBER_TYPES, n);
    chunk.setColumnValues(0, Array.from(theme.subarray(0, n)));
    chunk.setColumnValues(1, Array.from(row.subarray(0, n)));
    chunk.setColumnValues(2, similarity);
    chunk.setColumnValues(3, representative);
    appender.appendDataChunk(chunk);
    similarity.length = 0;
    representative.length = 0;
  };
  themes.forEach((found, t) => found.members.forEach((member, rank) => {
    theme[similarity.length] = firstTheme + t;
    row[similarity.length] = rows[member];
    representative.push(!found.is_misc && rank < representatives);
    similarity.push(found.similarity ? found.similarity[rank] : null);
    if (similarity.length === CHUNK_ROWS) flush();
  }));
  if (similarity.length) flush();
}

/** One brand's texts in row order, column-wise, and the clustered_mentions row of the first. */
async function brandTexts(db: Db, brand: string): Promise<{ texts: ClusterInput[]; firstRow: number }> {
  const reader = await db.connection.runAndReadAll('select row, lang, text, topics from clustered_mentions where brand = $brand order by row', { brand });
  const [rows, langs, texts, topics] = reader.getColumnsJS() as [number[], string[], string[], string[][]];
  return { texts: (langs ?? []).map((lang, i) => ({ lang, text: texts[i], topics: topics[i] })), firstRow: rows?.[0] ?? 0 };
}

async function brandNames(db: Db): Promise<Map<string, Set<string>>> {
  const rows = await db.all<{ topic_id: string; name: string | null; query: string | null }>(
    "select topic_id, name, query from dim_topics where kind in ('brand', 'competitor')",
  );
  return new Map(rows.map((row) => [row.topic_id, brandWords([row.topic_id, row.name ?? '', ...(row.query ?? '').split(/\s+OR\s+/)])]));
}

async function explainAlerts(db: Db, top: number): Promise<number> {
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
    await db.run(SQL.root_cause_scratch);
    await db.run(`create or replace temp table clustered_mentions as ${SQL.clustered_mentions}`, { population: options.population });
    const brands = await db.all<{ brand: string; mentions: bigint }>('select brand, count(*) as mentions from clustered_mentions group by brand order by brand');
    const themeRows: Record<string, unknown>[] = [];
    let clustered = 0;
    let scopeCount = 0;
    // Queries on the one connection go one at a time.
    let reading: Promise<unknown> = Promise.resolve();
    const clusterBrand = async (brand: string) => {
      const read = reading.then(() => brandTexts(db, brand));
      reading = read.catch(() => undefined);
      const { texts, firstRow } = await read;
      const dropWords = names.get(brand) ?? brandWords([brand]);
      const brandPool = await poolFor(texts.length);
      const table = await featurize(texts, dropWords, options.bigrams, brandPool);
      const langs = groupBy(texts.map((_, row) => row), (row) => texts[row].lang);
      const scopes = [
        ['all', Int32Array.from(texts, (_, row) => row)] as const,
        ...[...langs].filter(([, rows]) => rows.length >= options.minLangMentions).sort((a, b) => a[0].localeCompare(b[0])).map(([lang, rows]) => [lang, Int32Array.from(rows)] as const),
      ];
      // The scopes run together so one's main-thread steps overlap another's trials on the threads; each is a pure function of its rows.
      const found = await Promise.all(scopes.map(([lang, rows]) => {
        const whole = rows.length === texts.length;
        return scopeThemes(
          {
            brand, lang, texts: whole ? texts : Array.from(rows, (row) => texts[row]), table: whole ? table : tableRows(table, rows), dropWords,
            previous: previous.get(`${brand}\u0000${lang}`) ?? [], hadPreviousRun: previousRows.length > 0,
          },
          { ...options, runId },
          brandPool,
        );
      }));
      return { brand, mentions: texts.length, languages: langs.size, firstRow, scopes: scopes.map(([lang, rows], s) => ({ lang, rows, themes: found[s] })) };
    };
    const appender = await db.connection.createAppender('root_cause_members');
    try {
      // Two brands in flight: the next one's texts are read and prepared while this one's scopes cluster. Results are written in brand order.
      let next = brands.length ? clusterBrand(brands[0].brand) : null;
      for (let b = 0; b < brands.length; b++) {
        const current = next!;
        next = b + 1 < brands.length ? clusterBrand(brands[b + 1].brand) : null;
        next?.catch(() => undefined);
        const done = await current;
        clustered += done.mentions;
        let brandThemes = 0;
        for (const { lang, rows, themes } of done.scopes) {
          appendMembers(appender, rows.map((row) => done.firstRow + row), themes, themeRows.length, options.representatives);
          themes.forEach(({ members, similarity, ...theme }) => themeRows.push({ theme: themeRows.length, scope: scopeCount, brand: done.brand, lang, ...theme }));
          scopeCount++;
          brandThemes += themes.filter((theme) => !theme.is_misc).length;
        }
        log.info(`  ${done.brand}: ${formatCount(done.mentions)} mention(s), ${formatCount(brandThemes)} theme(s) over ${done.languages} language(s)`);
      }
    } finally {
      appender.closeSync();
      const started = pool as Promise<ClusterPool> | null;
      if (started) await (await started).close();
    }
    const params = { population: options.population, run_id: runId };
    return db.transaction(async () => {
      for (const table of ['fct_root_causes', 'mention_root_cause', 'fct_root_cause_daily']) await db.run(`delete from ${table}`);
      await insertRows(db, 'root_cause_themes', THEME_SHAPE, themeRows);
      await db.run(`insert into fct_root_causes ${SQL.theme_rows}`, params);
      await db.run(`insert into mention_root_cause ${SQL.member_rows}`);
      await db.run(`insert into fct_root_cause_daily ${SQL.root_cause_daily}`);
      for (const table of SCRATCH) await db.run(`drop table ${table}`);
      const explained = await explainAlerts(db, options.alertThemes);
      log.info(`  ${formatCount(themeRows.filter((t) => !t.is_misc).length)} theme(s); ${formatCount(explained)} alert(s) given their themes`);
      const warnings = clustered === 0 ? [`No ${options.population === 'negative' ? 'negative ' : ''}brand mentions to cluster: run the topics stage with brands in listening.config.ts, or set population to 'all'.`] : [];
      return { rows: themeRows.length, warnings };
    });
  },
});
