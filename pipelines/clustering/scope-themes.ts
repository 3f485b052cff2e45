import { clusterTexts, type ClusterInput, type ClusterOptions } from './cluster-mentions.ts';
import type { ClusterPool } from './cluster-pool.ts';
import type { FeatureTable } from './feature-table.ts';
import { matchThemes, themeId, type PreviousTheme } from './identity.ts';

/** What the clustering decides about a theme; its size, dates, sentiment and authors come from SQL (queries/root_causes/root_cause_themes.sql). */
export interface Theme {
  root_cause_id: string;
  label: string;
  key_phrases: string[];
  is_misc: boolean;
  is_new: boolean;
  centroid: Record<string, number> | null;
  /** Members as positions in the scope's texts, nearest to the centroid first. */
  members: number[];
  /** Cosine of each member to the centroid; null in the miscellaneous bucket. */
  similarity: number[] | null;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Clusters one brand's mentions in one scope (all languages, or one) and names the themes, keeping the previous run's ids. */
export async function scopeThemes(
  scope: { brand: string; lang: string; texts: readonly ClusterInput[]; table?: FeatureTable; dropWords: Set<string>; previous: PreviousTheme[]; hadPreviousRun: boolean },
  options: ClusterOptions & { matchThreshold: number; runId: string },
  pool?: ClusterPool | null,
): Promise<Theme[]> {
  const { brand, lang } = scope;
  const clustering = await clusterTexts(scope.texts, scope.dropWords, options, pool, scope.table);
  const ids = matchThemes(clustering.clusters, scope.previous, options.matchThreshold, (i) => themeId(brand, lang, clustering.clusters[i].keyPhrases, options.runId));
  const themes: Theme[] = clustering.clusters.map((cluster, i) => ({
    root_cause_id: ids[i].id,
    label: cluster.keyPhrases.slice(0, 3).join(' / '),
    key_phrases: cluster.keyPhrases,
    is_misc: false,
    is_new: ids[i].isNew && scope.hadPreviousRun,
    centroid: cluster.centroid,
    members: cluster.members,
    similarity: cluster.similarity.map(round),
  }));
  if (clustering.misc.length) {
    themes.push({
      root_cause_id: `rc_${brand}_${lang}_misc`, label: 'miscellaneous', key_phrases: [], is_misc: true, is_new: false, centroid: null,
      members: clustering.misc, similarity: null,
    });
  }
  return themes;
}
