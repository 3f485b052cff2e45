import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS, clusterTexts } from '../../pipelines/clustering/cluster-mentions.ts';
import { matchThemes } from '../../pipelines/clustering/identity.ts';
import { scoreClusters } from '../../pipelines/clustering/metrics.ts';
import { brandWords, prepareText } from '../../pipelines/clustering/prepare-text.ts';

const TEMPLATES: Record<string, string[]> = {
  late: ['Acme order arrived {n} minutes late again', 'courier late by {n} minutes, Acme delivery delay is a joke', 'still waiting, {n} minutes late, the delivery is late every time'],
  twice: ['Acme charged me twice for order {n}', 'double charge on my card from @acme, order {n}', 'charged twice again, {n} dollars taken two times'],
  crash: ['the Acme app crashes at checkout, tried {n} times', 'app crashed on the payment screen again {n}', 'Acme app keeps crashing when I pay, {n} tries'],
};

function corpus(perTheme: number): { texts: { text: string; lang: string }[]; gold: string[] } {
  const texts: { text: string; lang: string }[] = [];
  const gold: string[] = [];
  for (const [theme, templates] of Object.entries(TEMPLATES)) {
    for (let i = 0; i < perTheme; i++) {
      texts.push({ text: templates[i % templates.length].replace('{n}', String(i + 3)), lang: 'en' });
      gold.push(theme);
    }
  }
  return { texts, gold };
}

describe('text preparation', () => {
  it('drops URLs, handles, the brand’s names and stop words, keeps Unicode words, stems them, and adds bigrams', () => {
    const drop = brandWords(['Acme', 'Acme app', '#acme']);
    const en = prepareText('RT @bob: The Acme courier was LATE again https://t.co/x #acme', 'en', { dropWords: drop, bigrams: true });
    expect(en.features).toEqual(['courier', 'late', 'again', 'courier late', 'late again']);
    const tr = prepareText('Çok kötü ürün, siparişim gecikti', 'tr', { dropWords: drop, bigrams: false });
    expect(tr.surfaces).toEqual(['kötü', 'ürün', 'siparişim', 'gecikti']);
    const ar = prepareText('تم خصم المبلغ مرتين', 'ar', { dropWords: drop, bigrams: false });
    expect(ar.features.length).toBeGreaterThanOrEqual(2);
  });
});

describe('spherical k-means with k chosen by silhouette', () => {
  it('finds planted themes without being told k, names them by their words, and is deterministic', async () => {
    const { texts, gold } = corpus(30);
    const drop = brandWords(['Acme']);
    const first = await clusterTexts(texts, drop, DEFAULT_CLUSTER_OPTIONS);
    const again = await clusterTexts(texts, drop, DEFAULT_CLUSTER_OPTIONS);
    expect(again).toEqual(first);
    const predicted = gold.map(() => 'misc');
    first.clusters.forEach((cluster, c) => cluster.members.forEach((row) => (predicted[row] = `c${c}`)));
    const scores = scoreClusters(gold, predicted);
    expect(scores.purity).toBeGreaterThan(0.9);
    // Paraphrases that share no words ("charged twice", "double charge") may form clusters of their own; each stays pure.
    expect(scores.clusters).toBeGreaterThanOrEqual(3);
    const phrases = first.clusters.map((cluster) => cluster.keyPhrases.join(' '));
    for (const word of ['late', 'twice', 'crash']) expect(phrases.some((p) => p.includes(word)), word).toBe(true);
  });

  it('puts a mention that resembles no theme in the miscellaneous bucket instead of forcing it into one', async () => {
    const { texts } = corpus(20);
    texts.push({ text: 'lovely weather in the park today', lang: 'en' });
    const result = await clusterTexts(texts, new Set(), DEFAULT_CLUSTER_OPTIONS);
    expect(result.misc).toContain(texts.length - 1);
  });
});

describe('metrics', () => {
  it('gives 1 for a perfect clustering and about 0 for an unrelated one (Hubert & Arabie ARI)', () => {
    const gold = ['a', 'a', 'a', 'b', 'b', 'b'];
    expect(scoreClusters(gold, ['x', 'x', 'x', 'y', 'y', 'y'])).toMatchObject({ purity: 1, nmi: 1, ari: 1, reasonsWithOwnCluster: 2 });
    const mixed = scoreClusters(gold, ['x', 'y', 'x', 'y', 'x', 'y']);
    expect(mixed.ari).toBeLessThan(0);
  });
});

describe('theme identity', () => {
  it('keeps the id of the most similar previous theme above the threshold and gives the rest fresh ids', () => {
    const previous = [{ root_cause_id: 'rc_old_late', centroid: { late: 0.8, courier: 0.6 } }];
    const matched = matchThemes([{ centroid: { late: 0.7, courier: 0.5, wait: 0.5 } }, { centroid: { refund: 1 } }], previous, 0.5, (i) => `fresh${i}`);
    expect(matched.map((m) => [m.id, m.isNew])).toEqual([['rc_old_late', false], ['fresh1', true]]);
  });
});
