import { agreement, MinHasher } from './minhash.ts';
import { shingles } from './shingles.ts';

export interface ClusterOptions {
  /** Estimated Jaccard similarity of word-pair shingles at or above which two texts are near-duplicates. */
  similarity: number;
  /** LSH: bands × rows = signature size; a pair shares a band with probability 1 − (1 − J^rows)^bands. */
  bands: number;
  rows: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { similarity: 0.7, bands: 8, rows: 4 };

function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

/**
 * Groups near-identical texts with MinHash and locality-sensitive hashing (Leskovec, Rajaraman and
 * Ullman, Mining of Massive Datasets, ch. 3): texts that agree on all rows of some band become
 * candidates, a candidate joins when its estimated similarity to the first text of the bucket reaches
 * the threshold. Returns, per text, the index of its cluster's first text. Linear in the number of
 * texts; a bucket is compared with its first text only, so a chain of drifting edits can split.
 */
export function clusterTexts(texts: string[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Int32Array {
  const size = options.bands * options.rows;
  const hasher = new MinHasher(size);
  const signatures = new Uint32Array(texts.length * size);
  texts.forEach((text, i) => hasher.sign(shingles(text), signatures, i * size));
  const parent = Int32Array.from({ length: texts.length }, (_, i) => i);
  const keys = new Float64Array(texts.length);
  const order = new Uint32Array(texts.length);
  for (let band = 0; band < options.bands; band++) {
    for (let i = 0; i < texts.length; i++) {
      let h = 0x811c9dc5 ^ band;
      for (let r = 0; r < options.rows; r++) h = Math.imul(h ^ signatures[i * size + band * options.rows + r], 0x01000193) >>> 0;
      keys[i] = h;
      order[i] = i;
    }
    order.sort((x, y) => keys[x] - keys[y] || x - y);
    for (let start = 0; start < order.length; ) {
      let end = start + 1;
      while (end < order.length && keys[order[end]] === keys[order[start]]) end++;
      const head = order[start];
      for (let j = start + 1; j < end; j++) {
        const other = order[j];
        if (agreement(signatures, size, head, other) >= options.similarity) {
          const a = find(parent, head);
          const b = find(parent, other);
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
      start = end;
    }
  }
  return parent.map((_, i) => find(parent, i));
}
