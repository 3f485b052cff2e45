import { clusterTexts, type ClusterOptions } from './cluster-mentions.ts';
import type { ClusterPool } from './cluster-pool.ts';
import { matchThemes, themeId, type PreviousTheme } from './identity.ts';

export interface ScopeMention {
  mention_id: string;
  lang: string;
  text: string;
  created_date: string | null;
  author_handle: string | null;
  sentiment_score: number | null;
  /** Configured topics (kind 'topic') the mention matched. */
  topics?: string[] | null;
}

export interface Theme {
  root_cause_id: string;
  label: string;
  key_phrases: string[];
  is_misc: boolean;
  size: number;
  share: number;
  mean_sentiment: number | null;
  first_date: string | null;
  last_date: string | null;
  top_authors: string[];
  is_new: boolean;
  centroid: Record<string, number> | null;
  members: { mention_id: string; similarity: number | null; is_representative: boolean }[];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function describe(mentions: ScopeMention[], total: number) {
  const dates = mentions.map((m) => m.created_date).filter((d): d is string => !!d).sort();
  const scores = mentions.map((m) => m.sentiment_score).filter((s): s is number => s !== null && Number.isFinite(s));
  const authors = new Map<string, number>();
  for (const m of mentions) if (m.author_handle) authors.set(m.author_handle, (authors.get(m.author_handle) ?? 0) + 1);
  return {
    size: mentions.length,
    share: total ? round(mentions.length / total) : 0,
    mean_sentiment: scores.length ? round(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
    first_date: dates[0] ?? null,
    last_date: dates[dates.length - 1] ?? null,
    top_authors: [...authors.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([handle]) => handle),
  };
}

/** Clusters one brand's mentions in one scope (all languages, or one) and names the themes, keeping the previous run's ids. */
export async function scopeThemes(
  scope: { brand: string; lang: string; mentions: ScopeMention[]; dropWords: Set<string>; previous: PreviousTheme[]; hadPreviousRun: boolean },
  options: ClusterOptions & { matchThreshold: number; runId: string },
  pool?: ClusterPool | null,
): Promise<Theme[]> {
  const { brand, lang, mentions } = scope;
  const clustering = await clusterTexts(mentions, scope.dropWords, options, pool);
  const ids = matchThemes(clustering.clusters, scope.previous, options.matchThreshold, (i) => themeId(brand, lang, clustering.clusters[i].keyPhrases, options.runId));
  const themes: Theme[] = clustering.clusters.map((cluster, i) => ({
    root_cause_id: ids[i].id,
    label: cluster.keyPhrases.slice(0, 3).join(' / '),
    key_phrases: cluster.keyPhrases,
    is_misc: false,
    ...describe(cluster.members.map((row) => mentions[row]), mentions.length),
    is_new: ids[i].isNew && scope.hadPreviousRun,
    centroid: cluster.centroid,
    members: cluster.members.map((row, rank) => ({ mention_id: mentions[row].mention_id, similarity: round(cluster.similarity[rank]), is_representative: rank < options.representatives })),
  }));
  if (clustering.misc.length) {
    themes.push({
      root_cause_id: `rc_${brand}_${lang}_misc`, label: 'miscellaneous', key_phrases: [], is_misc: true,
      ...describe(clustering.misc.map((row) => mentions[row]), mentions.length),
      is_new: false, centroid: null,
      members: clustering.misc.map((row) => ({ mention_id: mentions[row].mention_id, similarity: null, is_representative: false })),
    });
  }
  return themes;
}
