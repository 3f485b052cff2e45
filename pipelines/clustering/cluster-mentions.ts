import { Rng } from '../sample/prng.ts';
import { clusterCosines, cosinesFromDots, groupCentroids } from './centroid-links.ts';
import type { ClusterPool } from './cluster-pool.ts';
import { classTfidf } from './ctfidf.ts';
import { FeatureInterner, type FeatureTable } from './feature-table.ts';
import { averageLinkage } from './merge-clusters.ts';
import { prepareBatch, type PreparedBatch } from './prepare-batch.ts';
import { prepareText, type PreparedText } from './prepare-text.ts';
import { bestOf, runTrials, selectionPlan } from './select-k.ts';
import { sharedFloat32, sharedInt32 } from './shared-arrays.ts';
import { assignRange, nonEmptyRows, sphericalKmeans, sphericalKmeansWith, update } from './spherical-kmeans.ts';
import { subMatrix, tfidfIds, type SparseMatrix } from './tfidf.ts';
import { TopEntries } from './top-entries.ts';

export interface ClusterOptions {
  kMin: number;
  kMax: number;
  /** Rows k is chosen on; the chosen centroids then seed the k-means fit. */
  selectionSample: number;
  /** Rows the k-means fit runs on (a seeded sample when there are more); every row is then assigned to the nearest fitted centroid. */
  fitSample: number;
  /** Rows whose cosine similarity to their centroid is below this go to the miscellaneous bucket. */
  minSimilarity: number;
  /** Themes smaller than this (count, or share of rows when below 1) join the miscellaneous bucket. */
  minClusterSize: number;
  /** k-means clusters whose linked similarity reaches this merge into one theme (average linkage); above 1: no merging. */
  mergeThreshold: number;
  /** Share of a row's squared norm given to its configured topics (mention_topics), so rows in one topic are near across wordings and languages, 0…1. */
  topicWeight: number;
  minDf: number;
  maxDfShare: number;
  bigrams: boolean;
  keyPhrases: number;
  representatives: number;
  seed: number;
  /** Least texts for a worker pool, when one is given, to take the text preparation and the assign step. */
  parallelAbove: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  kMin: 2, kMax: 30, selectionSample: 4_000, fitSample: 20_000, minSimilarity: 0.12, minClusterSize: 3, mergeThreshold: 0.2, topicWeight: 0.5,
  minDf: 2, maxDfShare: 0.5, bigrams: true, keyPhrases: 8, representatives: 3, seed: 42, parallelAbove: 5_000,
};

export interface ClusterInput {
  text: string;
  lang: string;
  /** Configured topics the mention matched (mention_topics, kind 'topic'); they link wordings and languages of one theme. */
  topics?: readonly string[] | null;
}

export interface FoundCluster {
  /** Members' row numbers, nearest to the centroid first. */
  members: number[];
  similarity: number[];
  keyPhrases: string[];
  /** Top centroid weights by feature, to match the cluster against another run's. */
  centroid: Record<string, number>;
  /** How many k-means clusters were merged into this theme. */
  parts: number;
}

export interface Clustering {
  clusters: FoundCluster[];
  misc: number[];
  /** k of the k-means run, before merging. */
  k: number;
  silhouette: { k: number; silhouette: number }[];
}

const BATCH = 16_384;

/**
 * Stems of every text in batches, on the pool's threads when given (two batches in flight per thread),
 * merged in batch order into one feature table, so the ids are the same with or without threads. A text
 * repeated in the same language (retweets, copies) is prepared once; its later rows copy its stems, which
 * interns everything in the same order as preparing it again would.
 */
export async function featurize(texts: readonly ClusterInput[], dropWords: Set<string>, bigrams: boolean, pool: ClusterPool | null): Promise<FeatureTable> {
  const interner = new FeatureInterner(bigrams);
  const firstRow = new Int32Array(texts.length);
  const seen = new Map<string, Map<string, number>>();
  const slice = (start: number) => {
    const part: { texts: string[]; langs: string[] } = { texts: [], langs: [] };
    for (let row = start; row < Math.min(texts.length, start + BATCH); row++) {
      const { text, lang } = texts[row];
      let byText = seen.get(lang);
      if (!byText) seen.set(lang, (byText = new Map()));
      const first = byText.get(text);
      firstRow[row] = first ?? row;
      if (first !== undefined) continue;
      byText.set(text, row);
      part.texts.push(text);
      part.langs.push(lang);
    }
    return part;
  };
  const merge = (start: number, batch: PreparedBatch) => {
    const global = interner.internStems(batch.stems);
    const doc: number[] = [];
    for (let row = start, d = 0; row < Math.min(texts.length, start + BATCH); row++) {
      if (firstRow[row] !== row) {
        interner.addCopyOf(firstRow[row]);
        continue;
      }
      doc.length = 0;
      for (let p = batch.offsets[d]; p < batch.offsets[d + 1]; p++) doc.push(global[batch.ids[p]]);
      interner.addStemIds(doc);
      d++;
    }
  };
  if (!pool) {
    for (let start = 0; start < texts.length; start += BATCH) {
      const part = slice(start);
      merge(start, prepareBatch(part.texts, part.langs, dropWords));
    }
    return interner.table();
  }
  const inFlight: { start: number; batch: Promise<PreparedBatch> }[] = [];
  let next = 0;
  const launch = () => {
    const part = slice(next);
    inFlight.push({ start: next, batch: pool.prepare(part.texts, part.langs, dropWords) });
    next += BATCH;
  };
  while (next < texts.length && inFlight.length < pool.size * 2) launch();
  while (inFlight.length) {
    const { start, batch } = inFlight.shift()!;
    merge(start, await batch);
    if (next < texts.length) launch();
  }
  return interner.table();
}

/** The most common surface form of each feature, so labels read "late delivery", not "late deliveri". */
function surfaceForms(prepared: Iterable<PreparedText>, wanted: Set<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const doc of prepared) {
    doc.features.forEach((feature, i) => {
      if (!wanted.has(feature)) return;
      let forms = counts.get(feature);
      if (!forms) counts.set(feature, (forms = new Map()));
      forms.set(doc.surfaces[i], (forms.get(doc.surfaces[i]) ?? 0) + 1);
    });
  }
  const best = new Map<string, string>();
  for (const [feature, forms] of counts) best.set(feature, [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]);
  return best;
}

function sampleRows(rows: Int32Array, size: number, seed: number): Int32Array {
  if (rows.length <= size) return rows;
  const copy = Int32Array.from(rows);
  const rng = new Rng(seed);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(rng.float() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, size).sort();
}

/** k chosen on a sample restricted to the columns it uses, so each trial costs the sample's size, not the vocabulary's. */
async function chooseK(matrix: SparseMatrix, rows: Int32Array, options: ClusterOptions, pool: ClusterPool | null, shared: boolean) {
  const sample = subMatrix(matrix, sampleRows(rows, options.selectionSample, options.seed));
  const sampleRowIds = Int32Array.from({ length: sample.matrix.rows }, (_, i) => i);
  const { ks, seeds } = selectionPlan(sample.matrix, sampleRowIds, options);
  const choice = bestOf(pool ? await pool.trials(sample.matrix, sampleRowIds, ks, seeds) : [runTrials(sample.matrix, sampleRowIds, ks, seeds)]);
  const initial = shared ? sharedFloat32(matrix.cols * choice.k) : new Float32Array(matrix.cols * choice.k);
  sample.columns.forEach((col, local) => initial.set(choice.centroids.subarray(local * choice.k, (local + 1) * choice.k), col * choice.k));
  return { k: choice.k, initial, scores: choice.scores };
}

/**
 * Spherical k-means from the chosen centroids on at most `fitSample` rows, then every row assigned to the
 * nearest fitted centroid: past a few thousand rows more rows move the centroids little, and the fit
 * stays the same size however many mentions there are.
 */
async function fitAndAssign(matrix: SparseMatrix, rows: Int32Array, initial: Float32Array, k: number, options: ClusterOptions, pool: ClusterPool | null) {
  const fitRows = sampleRows(rows, options.fitSample, options.seed);
  const kmeansOptions = { seed: options.seed, maxIterations: 30, tolerance: 0.001, initial };
  if (!pool) {
    const fit = sphericalKmeans(matrix, fitRows, k, kmeansOptions);
    if (fitRows !== rows) assignRange(matrix, rows, 0, rows.length, fit.centroids, k, fit.assignment, fit.similarity);
    return fit;
  }
  const fit = await sphericalKmeansWith(matrix, fitRows, k, kmeansOptions, (centroids, kk, assignment, similarity) => pool.assign(matrix, fitRows, centroids, kk, assignment, similarity));
  if (fitRows !== rows) await pool.assign(matrix, rows, fit.centroids, k, fit.assignment, fit.similarity);
  return fit;
}

/**
 * Groups texts into themes without being told how many: TF-IDF, spherical k-means with k by simplified
 * silhouette, then k-means clusters merged by average linkage on shared words and shared topics, since
 * k-means splits one complaint into its wordings and languages. `prepared` is the texts' feature table
 * when the caller already has it (`featurize`, or `tableRows` of a larger one).
 */
export async function clusterTexts(
  texts: readonly ClusterInput[], dropWords: Set<string>, options: ClusterOptions, workers?: ClusterPool | null, prepared?: FeatureTable,
): Promise<Clustering> {
  const pool = workers && texts.length >= options.parallelAbove ? workers : null;
  const shared = pool !== null;
  const docs = new Map<string, Map<string, PreparedText>>();
  // Labels re-prepare members' texts; a repeated text is prepared once.
  const prep = (i: number) => {
    const { text, lang } = texts[i];
    let byText = docs.get(lang);
    if (!byText) docs.set(lang, (byText = new Map()));
    let doc = byText.get(text);
    if (!doc) byText.set(text, (doc = prepareText(text, lang, { dropWords, bigrams: options.bigrams })));
    return doc;
  };
  const table = prepared ?? await featurize(texts, dropWords, options.bigrams, pool);
  const rowTags = texts.some((text) => text.topics?.length) ? { tags: texts.map((text) => text.topics), weight: options.topicWeight } : undefined;
  const { matrix, vocabulary } = tfidfIds(table, { minDf: options.minDf, maxDfShare: options.maxDfShare }, shared, rowTags);
  const nonEmpty = nonEmptyRows(matrix);
  const rows = shared ? sharedInt32(nonEmpty.length) : nonEmpty;
  if (shared) rows.set(nonEmpty);
  if (rows.length < Math.max(4, options.kMin * 2)) return { clusters: [], misc: texts.map((_, i) => i), k: 0, silhouette: [] };
  // The trials cost the same for any scope past `selectionSample` rows, so they go to the threads whenever there are threads.
  const choice = await chooseK(matrix, rows, options, workers ?? null, shared);
  const final = await fitAndAssign(matrix, rows, choice.initial, choice.k, options, pool);
  const k = final.k;

  const assignment = shared ? sharedInt32(matrix.rows) : new Int32Array(matrix.rows);
  final.assignment.forEach((c, row) => (assignment[row] = c >= 0 && final.similarity[row] >= options.minSimilarity ? c : -1));
  const keptRows = rows.filter((row) => assignment[row] >= 0);
  const kept = shared ? sharedInt32(keptRows.length) : keptRows;
  if (shared) kept.set(keptRows);
  const centroids = update(matrix, kept, assignment, k, shared ? sharedFloat32(matrix.cols * k) : undefined);
  const { cosine, norms } = pool ? cosinesFromDots(await pool.dots(matrix, kept, assignment, centroids, k), k) : clusterCosines(matrix, kept, assignment, centroids, k);
  const sizes = new Int32Array(k);
  for (const row of kept) sizes[assignment[row]]++;
  const parts = Array.from(sizes, (size, c) => (size > 0 ? c : -1)).filter((c) => c >= 0);
  const sub = new Float64Array(parts.length * parts.length);
  parts.forEach((a, i) => parts.forEach((b, j) => (sub[i * parts.length + j] = cosine[a * k + b])));
  const linked = averageLinkage(sub, parts.map((c) => sizes[c]), options.mergeThreshold);

  const minSize = options.minClusterSize < 1 ? Math.ceil(options.minClusterSize * rows.length) : options.minClusterSize;
  const groupSize = new Int32Array(parts.length);
  parts.forEach((c, i) => (groupSize[linked[i]] += sizes[c]));
  const groupIndex = new Map<number, number>();
  for (let g = 0; g < parts.length; g++) if (groupSize[g] >= minSize) groupIndex.set(g, groupIndex.size);
  const group = new Int32Array(k).fill(-1);
  parts.forEach((c, i) => (group[c] = groupIndex.get(linked[i]) ?? -1));
  const groups = groupIndex.size;
  const merged = groupCentroids(centroids, k, norms, group, groups);

  const classes = new Int32Array(texts.length).fill(-1);
  const similarity = new Float32Array(texts.length);
  const byClass: number[][] = Array.from({ length: groups }, () => []);
  for (const row of kept) {
    const g = group[assignment[row]];
    if (g < 0) continue;
    let dot = 0;
    for (let p = matrix.offsets[row]; p < matrix.offsets[row + 1]; p++) dot += matrix.values[p] * merged[matrix.indices[p] * groups + g];
    classes[row] = g;
    similarity[row] = dot;
    byClass[g].push(row);
  }
  const labels = classTfidf(table, classes, groups, options.keyPhrases);
  for (const members of byClass) members.sort((a, b) => similarity[b] - similarity[a] || a - b);
  // Surface forms come from re-preparing the members nearest each centroid, not from keeping every token's text.
  const surface = surfaceForms(byClass.flatMap((members) => members.slice(0, 300)).map(prep), new Set(labels.flatMap((label) => label.terms.map((term) => term.feature))));
  // A theme spanning languages may have a label feature from a language its nearest members lack: its surface comes from the nearest member that has it.
  labels.forEach((label, g) => label.terms.forEach((term) => {
    if (surface.has(term.feature)) return;
    const row = byClass[g].find((r) => table.ids.subarray(table.offsets[r], table.offsets[r + 1]).includes(term.id));
    if (row === undefined) return;
    const doc = prep(row);
    const at = doc.features.indexOf(term.feature);
    if (at >= 0) surface.set(term.feature, doc.surfaces[at]);
  }));
  const clusters: FoundCluster[] = byClass.map((members, g) => {
    const weights = new TopEntries(50, (t) => vocabulary[t]);
    for (let t = 0; t < vocabulary.length; t++) if (merged[t * groups + g] > 0) weights.offer(t, merged[t * groups + g]);
    return {
      members,
      similarity: members.map((row) => similarity[row]),
      keyPhrases: labels[g].terms.map((term) => surface.get(term.feature) ?? term.feature),
      centroid: Object.fromEntries(weights.ids.map((t, i) => [vocabulary[t], Math.round(weights.weights[i] * 1e4) / 1e4])),
      parts: Array.from(group).filter((x) => x === g).length,
    };
  });
  const misc: number[] = [];
  for (let i = 0; i < texts.length; i++) if (classes[i] < 0) misc.push(i);
  return { clusters, misc, k, silhouette: choice.scores };
}
