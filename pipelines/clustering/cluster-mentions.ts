import { Rng } from '../sample/prng.ts';
import { classTfidf } from './ctfidf.ts';
import { prepareText, type PreparedText } from './prepare-text.ts';
import { selectK } from './select-k.ts';
import { nonEmptyRows, rowSimilarities, sphericalKmeans } from './spherical-kmeans.ts';
import { internFeatures, subMatrix, tfidfIds } from './tfidf.ts';

export interface ClusterOptions {
  kMin: number;
  kMax: number;
  /** Rows k is chosen on; the chosen centroids then seed a run over every row. */
  selectionSample: number;
  /** Rows whose cosine similarity to every centroid is below this go to the miscellaneous bucket. */
  minSimilarity: number;
  /** Clusters smaller than this (count, or share of rows when below 1) join the miscellaneous bucket. */
  minClusterSize: number;
  minDf: number;
  maxDfShare: number;
  bigrams: boolean;
  keyPhrases: number;
  representatives: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  kMin: 2, kMax: 30, selectionSample: 4_000, minSimilarity: 0.12, minClusterSize: 3,
  minDf: 2, maxDfShare: 0.5, bigrams: true, keyPhrases: 8, representatives: 3, seed: 42,
};

export interface FoundCluster {
  /** Members' row numbers, nearest to the centroid first. */
  members: number[];
  similarity: number[];
  keyPhrases: string[];
  /** Top centroid weights by feature, to match the cluster against another run's. */
  centroid: Record<string, number>;
}

export interface Clustering {
  clusters: FoundCluster[];
  misc: number[];
  k: number;
  silhouette: { k: number; silhouette: number }[];
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
  const copy = Array.from(rows);
  const rng = new Rng(seed);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(rng.float() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return Int32Array.from(copy.slice(0, size)).sort();
}

/** Groups texts into themes without being told how many: TF-IDF, spherical k-means, k by simplified silhouette. */
export function clusterTexts(texts: { text: string; lang: string }[], dropWords: Set<string>, options: ClusterOptions): Clustering {
  const prep = (i: number) => prepareText(texts[i].text, texts[i].lang, { dropWords, bigrams: options.bigrams });
  const { docs: features, terms } = internFeatures((function* () { for (let i = 0; i < texts.length; i++) yield prep(i).features; })());
  const { matrix, vocabulary } = tfidfIds(features, terms, { minDf: options.minDf, maxDfShare: options.maxDfShare });
  const rows = nonEmptyRows(matrix);
  if (rows.length < Math.max(4, options.kMin * 2)) return { clusters: [], misc: texts.map((_, i) => i), k: 0, silhouette: [] };
  // k is chosen on a sample restricted to the columns it uses, so each trial costs the sample's size, not the vocabulary's.
  const sample = subMatrix(matrix, sampleRows(rows, options.selectionSample, options.seed));
  const choice = selectK(sample.matrix, Int32Array.from({ length: sample.matrix.rows }, (_, i) => i), options);
  const initial = new Float64Array(matrix.cols * choice.k);
  sample.columns.forEach((col, local) => initial.set(choice.result.centroids.subarray(local * choice.k, (local + 1) * choice.k), col * choice.k));
  const final = sphericalKmeans(matrix, rows, choice.k, { seed: options.seed, maxIterations: 30, tolerance: 0.001, initial });
  const assignment = final.assignment;
  const minSize = options.minClusterSize < 1 ? Math.ceil(options.minClusterSize * rows.length) : options.minClusterSize;
  const sizes = new Int32Array(final.k);
  for (const row of rows) if (final.similarity[row] >= options.minSimilarity) sizes[assignment[row]]++;
  const keep = Array.from(sizes, (size, c) => (size >= minSize ? c : -1)).filter((c) => c >= 0);
  const newIndex = new Map(keep.map((c, i) => [c, i]));
  const classes = new Int32Array(texts.length).fill(-1);
  for (const row of rows) if (final.similarity[row] >= options.minSimilarity && newIndex.has(assignment[row])) classes[row] = newIndex.get(assignment[row])!;
  const byClass: number[][] = keep.map(() => []);
  for (const row of rows) if (classes[row] >= 0) byClass[classes[row]].push(row);
  const labels = classTfidf(features, terms, classes, keep.length, options.keyPhrases);
  // Surface forms come from re-preparing the members nearest each centroid, not from keeping every token's text.
  const nearest = byClass.flatMap((members) => [...members].sort((a, b) => final.similarity[b] - final.similarity[a] || a - b).slice(0, 300));
  const surface = surfaceForms(nearest.map(prep), new Set(labels.flatMap((label) => label.terms.map((term) => term.feature))));
  const clusters: FoundCluster[] = keep.map((c, i) => {
    const members = byClass[i].sort((a, b) => final.similarity[b] - final.similarity[a] || a - b);
    const weights = vocabulary.map((feature, t) => [feature, final.centroids[t * final.k + c]] as const).filter(([, w]) => w > 0);
    weights.sort((a, b) => b[1] - a[1]);
    return {
      members: Array.from(members),
      similarity: Array.from(members, (row) => final.similarity[row]),
      keyPhrases: labels[i].terms.map((term) => surface.get(term.feature) ?? term.feature),
      centroid: Object.fromEntries(weights.slice(0, 50).map(([feature, w]) => [feature, Math.round(w * 1e4) / 1e4])),
    };
  });
  const misc = texts.map((_, i) => i).filter((i) => classes[i] < 0);
  return { clusters, misc, k: final.k, silhouette: choice.scores };
}

export { rowSimilarities };
