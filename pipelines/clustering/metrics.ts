export interface ClusterScores {
  purity: number;
  nmi: number;
  ari: number;
  /** Gold reasons that are the majority of some cluster holding at least half of the reason's items. */
  reasonsWithOwnCluster: number;
  reasons: number;
  clusters: number;
}

function contingency(gold: string[], predicted: string[]) {
  const table = new Map<string, Map<string, number>>();
  const goldSizes = new Map<string, number>();
  const predSizes = new Map<string, number>();
  gold.forEach((g, i) => {
    const p = predicted[i];
    let row = table.get(p);
    if (!row) table.set(p, (row = new Map()));
    row.set(g, (row.get(g) ?? 0) + 1);
    goldSizes.set(g, (goldSizes.get(g) ?? 0) + 1);
    predSizes.set(p, (predSizes.get(p) ?? 0) + 1);
  });
  return { table, goldSizes, predSizes };
}

const choose2 = (n: number) => (n * (n - 1)) / 2;

function entropy(sizes: Iterable<number>, n: number): number {
  let h = 0;
  for (const size of sizes) if (size > 0) h -= (size / n) * Math.log(size / n);
  return h;
}

/** Purity, NMI (arithmetic-mean normalization), the adjusted Rand index (Hubert & Arabie 1985) and reasons recovered. */
export function scoreClusters(gold: string[], predicted: string[]): ClusterScores {
  const n = gold.length;
  const { table, goldSizes, predSizes } = contingency(gold, predicted);
  let majority = 0;
  let mutual = 0;
  let pairs = 0;
  const owned = new Set<string>();
  for (const [p, row] of table) {
    const [topGold, topCount] = [...row.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    majority += topCount;
    if (topCount * 2 > predSizes.get(p)! && topCount * 2 >= goldSizes.get(topGold)!) owned.add(topGold);
    for (const [g, count] of row) {
      mutual += (count / n) * Math.log((n * count) / (predSizes.get(p)! * goldSizes.get(g)!));
      pairs += choose2(count);
    }
  }
  const hGold = entropy(goldSizes.values(), n);
  const hPred = entropy(predSizes.values(), n);
  const goldPairs = [...goldSizes.values()].reduce((sum, size) => sum + choose2(size), 0);
  const predPairs = [...predSizes.values()].reduce((sum, size) => sum + choose2(size), 0);
  const expected = n > 1 ? (goldPairs * predPairs) / choose2(n) : 0;
  const maxIndex = (goldPairs + predPairs) / 2;
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    purity: round(n ? majority / n : 0),
    nmi: round(hGold + hPred > 0 ? (2 * mutual) / (hGold + hPred) : 1),
    ari: round(maxIndex - expected !== 0 ? (pairs - expected) / (maxIndex - expected) : 1),
    reasonsWithOwnCluster: owned.size,
    reasons: goldSizes.size,
    clusters: predSizes.size,
  };
}
