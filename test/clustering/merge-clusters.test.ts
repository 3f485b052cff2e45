import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS, clusterTexts } from '../../pipelines/clustering/cluster-mentions.ts';
import { averageLinkage } from '../../pipelines/clustering/merge-clusters.ts';
import { scoreClusters } from '../../pipelines/clustering/metrics.ts';

describe('average-linkage merging of clusters', () => {
  it('merges near-duplicate clusters, chains through linked ones, and keeps distinct ones apart', () => {
    // 0 and 1 are near duplicates; 2 is linked to both; 3 is distinct.
    const sim = Float64Array.from([
      1, 0.9, 0.3, 0.01,
      0.9, 1, 0.25, 0.02,
      0.3, 0.25, 1, 0.05,
      0.01, 0.02, 0.05, 1,
    ]);
    expect(Array.from(averageLinkage(sim, [10, 10, 5, 8], 0.5))).toEqual([0, 0, 1, 2]);
    expect(Array.from(averageLinkage(sim, [10, 10, 5, 8], 0.2))).toEqual([0, 0, 0, 1]);
    expect(Array.from(averageLinkage(sim, [10, 10, 5, 8], 2))).toEqual([0, 1, 2, 3]);
  });

  it('links by the size-weighted mean, not the best pair', () => {
    // 2 is close to the small cluster 1 but not to the large cluster 0 it merges with first.
    const sim = Float64Array.from([1, 0.8, 0.0, 0.8, 1, 0.5, 0.0, 0.5, 1]);
    expect(Array.from(averageLinkage(sim, [90, 10, 10], 0.2))).toEqual([0, 0, 1]);
  });
});

const WORDINGS: Record<string, Record<string, string[]>> = {
  twice: { en: ['charged me twice for order {n}, twice again', 'double charge on my card, order {n}, double charge'], tr: ['kartımdan iki kez çekim yaptı, sipariş {n}', 'mükerrer ödeme aldı, sipariş {n}, mükerrer'] },
  late: { en: ['courier late by {n} minutes, late again', 'still waiting, order {n} is late, late every time'], tr: ['sipariş {n} yine geç kaldı, kurye gecikti', 'kurye {n} dakika gecikti, yine geç'] },
};

function corpus(withTopics: boolean) {
  const texts: { text: string; lang: string; topics: string[] | null }[] = [];
  const gold: string[] = [];
  for (const [reason, byLang] of Object.entries(WORDINGS)) {
    for (const [lang, templates] of Object.entries(byLang)) {
      for (let i = 0; i < 24; i++) {
        texts.push({ text: templates[i % 2].replace('{n}', String(i + 3)), lang, topics: withTopics ? [reason === 'twice' ? 'billing' : 'delivery'] : null });
        gold.push(reason);
      }
    }
  }
  return { texts, gold };
}

const predicted = (n: number, clusters: { members: number[] }[]) => {
  const out = Array.from({ length: n }, () => 'misc');
  clusters.forEach((cluster, c) => cluster.members.forEach((row) => (out[row] = `c${c}`)));
  return out;
};

describe('themes across wordings and languages', () => {
  it('without topics keeps languages that share no word apart; with the configured topics they become one theme each', async () => {
    const plain = corpus(false);
    const words = await clusterTexts(plain.texts, new Set(), DEFAULT_CLUSTER_OPTIONS);
    const mixedLanguages = words.clusters.filter((cluster) => new Set(cluster.members.map((row) => plain.texts[row].lang)).size > 1);
    expect(mixedLanguages).toEqual([]);
    expect(words.clusters.length).toBeGreaterThanOrEqual(4);
    const tagged = corpus(true);
    const topics = await clusterTexts(tagged.texts, new Set(), DEFAULT_CLUSTER_OPTIONS);
    const scores = scoreClusters(tagged.gold, predicted(tagged.texts.length, topics.clusters));
    expect(scores).toMatchObject({ purity: 1, reasonsWithOwnCluster: 2, clusters: 2 });
    expect(topics.clusters.every((cluster) => cluster.parts >= 2)).toBe(true);
    // Topics are vocabulary entries of the centroid that identity matching compares.
    expect(Object.keys(topics.clusters[0].centroid).some((feature) => feature.startsWith('topic:'))).toBe(true);
  });

  it('does not merge distinct themes that share a topic only weakly', async () => {
    const { texts, gold } = corpus(true);
    // Only one mention in twelve carries its topic: too little agreement to join languages.
    texts.forEach((text, i) => (text.topics = i % 12 === 0 ? text.topics : null));
    const result = await clusterTexts(texts, new Set(), DEFAULT_CLUSTER_OPTIONS);
    const scores = scoreClusters(gold, predicted(texts.length, result.clusters));
    expect(scores.purity).toBeGreaterThan(0.9);
    expect(scores.clusters).toBeGreaterThanOrEqual(4);
  });
});
