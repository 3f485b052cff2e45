import { createHash } from 'node:crypto';

export interface PreviousTheme {
  root_cause_id: string;
  centroid: Record<string, number>;
}

/** Cosine of two truncated centroids kept as feature → weight. */
export function centroidCosine(a: Record<string, number>, b: Record<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [feature, weight] of Object.entries(a)) {
    na += weight * weight;
    dot += weight * (b[feature] ?? 0);
  }
  for (const weight of Object.values(b)) nb += weight * weight;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Gives each new cluster the id of the previous run's cluster it is most like (greedy, best pairs first,
 * one-to-one), when the centroid cosine reaches `threshold`; the rest get a fresh id and are new.
 */
export function matchThemes(
  clusters: { centroid: Record<string, number> }[],
  previous: PreviousTheme[],
  threshold: number,
  freshId: (index: number) => string,
): { id: string; isNew: boolean; matchedSimilarity: number | null }[] {
  const pairs: { i: number; j: number; sim: number }[] = [];
  clusters.forEach((cluster, i) => previous.forEach((old, j) => {
    const sim = centroidCosine(cluster.centroid, old.centroid);
    if (sim >= threshold) pairs.push({ i, j, sim });
  }));
  pairs.sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j);
  const out: { id: string; isNew: boolean; matchedSimilarity: number | null }[] = clusters.map((_, i) => ({ id: '', isNew: true, matchedSimilarity: null }));
  const usedOld = new Set<number>();
  for (const { i, j, sim } of pairs) {
    if (out[i].id || usedOld.has(j)) continue;
    out[i] = { id: previous[j].root_cause_id, isNew: false, matchedSimilarity: Math.round(sim * 1e4) / 1e4 };
    usedOld.add(j);
  }
  const taken = new Set(previous.map((p) => p.root_cause_id));
  out.forEach((entry, i) => {
    if (entry.id) return;
    let id = freshId(i);
    for (let n = 2; taken.has(id); n++) id = `${freshId(i)}-${n}`;
    taken.add(id);
    entry.id = id;
  });
  return out;
}

/** A readable, deterministic id: brand, language and a hash of what first defined the theme. */
export function themeId(brand: string, lang: string, keyPhrases: string[], runId: string): string {
  const hash = createHash('sha256').update([brand, lang, ...keyPhrases, runId].join('\u0000')).digest('hex').slice(0, 10);
  return `rc_${brand}_${lang}_${hash}`;
}
