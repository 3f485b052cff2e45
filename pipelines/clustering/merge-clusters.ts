/**
 * Agglomerative merging of clusters with average linkage (UPGMA, Sokal & Michener 1958): the pair with the
 * highest similarity merges while it reaches the threshold; a merged group's similarity to another group is
 * the size-weighted mean of its parts'. `similarity` is k × k, row-major. Returns each cluster's group,
 * groups numbered by their first cluster, so the result does not depend on merge order ties.
 */
export function averageLinkage(similarity: Float64Array, sizes: ArrayLike<number>, threshold: number): Int32Array {
  const k = sizes.length;
  const sim = Float64Array.from(similarity);
  const weight = Float64Array.from(sizes);
  const active = new Uint8Array(k).fill(1);
  const parent = Int32Array.from({ length: k }, (_, i) => i);
  for (;;) {
    let best = -Infinity;
    let a = -1;
    let b = -1;
    for (let i = 0; i < k; i++) {
      if (!active[i]) continue;
      for (let j = i + 1; j < k; j++) if (active[j] && sim[i * k + j] > best) [best, a, b] = [sim[i * k + j], i, j];
    }
    if (a < 0 || best < threshold) break;
    for (let x = 0; x < k; x++) {
      if (!active[x] || x === a || x === b) continue;
      const linked = (weight[a] * sim[a * k + x] + weight[b] * sim[b * k + x]) / (weight[a] + weight[b]);
      sim[a * k + x] = sim[x * k + a] = linked;
    }
    weight[a] += weight[b];
    active[b] = 0;
    parent[b] = a;
  }
  const root = (i: number): number => (parent[i] === i ? i : root(parent[i]));
  const group = new Int32Array(k);
  const number = new Map<number, number>();
  for (let i = 0; i < k; i++) {
    const r = root(i);
    if (!number.has(r)) number.set(r, number.size);
    group[i] = number.get(r)!;
  }
  return group;
}
