import { existsSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { ident } from '../lib/db.ts';
import { LabelsFileError, reader } from '../evaluation/labels-file.ts';
import { DEFAULT_CLUSTER_OPTIONS, clusterTexts } from './cluster-mentions.ts';
import { scoreClusters, type ClusterScores } from './metrics.ts';
import { prepareText } from './prepare-text.ts';
import { nonEmptyRows, sphericalKmeans } from './spherical-kmeans.ts';
import { internFeatures } from './feature-table.ts';
import { tfidfIds } from './tfidf.ts';

export interface EvalClustersOptions {
  labels: string;
  textCol: string;
  reasonCol: string;
  langCol?: string;
  lang?: string;
  /** Column listing the configured topics each row matched (separated by ; , | or spaces), as mention_topics gives the stage. */
  topicsCol?: string;
  /** Words to drop besides stop words, e.g. the brand's names. */
  drop?: string[];
}

interface Row { text: string; reason: string; lang: string; topics: string[] | null }

async function readRows(options: EvalClustersOptions): Promise<Row[]> {
  if (!existsSync(options.labels)) throw new LabelsFileError(`The labels file ${options.labels} does not exist. Pass a CSV, NDJSON or Parquet file with --labels.`);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const lang = options.langCol ? `${ident(options.langCol)}::varchar` : 'null';
    const topics = options.topicsCol ? `${ident(options.topicsCol)}::varchar` : 'null';
    const reader_ = await connection.runAndReadAll(
      `select ${ident(options.textCol)}::varchar as text, ${ident(options.reasonCol)}::varchar as reason, ${lang} as lang, ${topics} as topics from ${reader(options.labels)}`,
    ).catch((error: Error) => {
      throw new LabelsFileError(`Cannot read the columns ${[options.textCol, options.reasonCol, options.langCol, options.topicsCol].filter(Boolean).join(', ')} of ${options.labels}: ${error.message}. Name them with --text-col, --reason-col, --lang-col and --topics-col.`);
    });
    const rows = reader_.getRowObjectsJS() as { text: string | null; reason: string | null; lang: string | null; topics: string | null }[];
    return rows
      .filter((row) => row.text && row.reason)
      .map((row) => ({
        text: row.text!, reason: row.reason!, lang: row.lang ?? options.lang ?? 'und',
        topics: options.topicsCol ? (row.topics ?? '').split(/[;,|\s]+/).filter(Boolean) : null,
      }))
      .filter((row) => !options.lang || !options.langCol || row.lang === options.lang);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Plain TF-IDF + spherical k-means told the true k: no k selection, no merging, no miscellaneous bucket; topics as the stage weighs them when given. */
function baseline(rows: Row[], k: number, drop: Set<string>, withTopics: boolean): string[] {
  const table = internFeatures(rows.map((row) => prepareText(row.text, row.lang, { dropWords: drop, bigrams: true }).features));
  const tags = withTopics ? { tags: rows.map((row) => row.topics), weight: DEFAULT_CLUSTER_OPTIONS.topicWeight } : undefined;
  const { matrix } = tfidfIds(table, { minDf: 2, maxDfShare: 0.5 }, false, tags);
  const result = sphericalKmeans(matrix, nonEmptyRows(matrix), k, { seed: 42, maxIterations: 30, tolerance: 0.001 });
  return Array.from(result.assignment, (c) => `c${c}`);
}

export interface EvalClustersResult {
  rows: number;
  reasons: number;
  ours: ClusterScores & { misc: number };
  /** The same clustering with topics ignored, when the file has a topics column. */
  wordsOnly: (ClusterScores & { misc: number }) | null;
  baseline: ClusterScores;
  /** The baseline given the same topics, when the file has a topics column. */
  baselineTopics: ClusterScores | null;
}

async function scoreOurs(rows: Row[], gold: string[], drop: Set<string>): Promise<ClusterScores & { misc: number }> {
  const clustering = await clusterTexts(rows, drop, DEFAULT_CLUSTER_OPTIONS);
  const predicted = rows.map(() => 'misc');
  clustering.clusters.forEach((cluster, c) => cluster.members.forEach((row) => (predicted[row] = `c${c}`)));
  return { ...scoreClusters(gold, predicted), misc: clustering.misc.length };
}

export async function evalClusters(options: EvalClustersOptions): Promise<EvalClustersResult> {
  const rows = await readRows(options);
  if (rows.length < 10) throw new LabelsFileError(`Only ${rows.length} labeled rows in ${options.labels}; at least 10 are needed to compare clusterings.`);
  const drop = new Set((options.drop ?? []).map((word) => word.toLowerCase()));
  const gold = rows.map((row) => row.reason);
  const reasons = new Set(gold).size;
  return {
    rows: rows.length,
    reasons,
    ours: await scoreOurs(rows, gold, drop),
    wordsOnly: options.topicsCol ? await scoreOurs(rows.map((row) => ({ ...row, topics: null })), gold, drop) : null,
    baseline: scoreClusters(gold, baseline(rows, reasons, drop, false)),
    baselineTopics: options.topicsCol ? scoreClusters(gold, baseline(rows, reasons, drop, true)) : null,
  };
}

export function formatEvalClusters(file: string, result: EvalClustersResult): string {
  const line = (name: string, s: ClusterScores, extra = '') =>
    `${name.padEnd(34)} ${String(s.clusters).padStart(8)} ${s.purity.toFixed(3).padStart(7)} ${s.nmi.toFixed(3).padStart(7)} ${s.ari.toFixed(3).padStart(7)} ${`${s.reasonsWithOwnCluster}/${s.reasons}`.padStart(9)}${extra}`;
  return [
    `${file}: ${result.rows.toLocaleString('en-US')} rows, ${result.reasons} gold reasons`,
    `${'method'.padEnd(34)} clusters  purity     NMI     ARI  own clust`,
    line(result.wordsOnly ? 'root causes, words + topics' : 'root causes', result.ours, `   (${result.ours.misc} in miscellaneous, counted as one cluster)`),
    ...(result.wordsOnly ? [line('root causes, words only', result.wordsOnly, `   (${result.wordsOnly.misc} in miscellaneous)`)] : []),
    line('baseline: TF-IDF + k-means, true k', result.baseline),
    ...(result.baselineTopics ? [line('baseline with topics, true k', result.baselineTopics)] : []),
  ].join('\n');
}
