import { agreement, MinHasher } from './minhash.ts';
import { ShingleHasher } from './shingles.ts';

export interface ClusterOptions {
  /** Estimated Jaccard similarity of word-pair shingles at or above which two texts are near-duplicates. */
  similarity: number;
  /** LSH: bands × rows = signature size; a pair shares a band with probability 1 − (1 − J^rows)^bands. */
  bands: number;
  rows: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { similarity: 0.7, bands: 8, rows: 4 };

/** MinHash signatures of texts, written one after another; sign texts in batches, then cluster them all. */
export class TextSigner {
  readonly size: number;
  private readonly hasher: MinHasher;
  private readonly shingles = new ShingleHasher(2);

  constructor(
    readonly count: number,
    options: ClusterOptions,
    readonly signatures = new Uint32Array(count * options.bands * options.rows),
  ) {
    this.size = options.bands * options.rows;
    this.hasher = new MinHasher(this.size);
  }

  /** Signs `texts` as texts `from`, `from + 1`, …. */
  sign(texts: string[], from: number): void {
    texts.forEach((text, i) => this.hasher.sign(this.shingles.hash(text), this.signatures, (from + i) * this.size));
  }
}

function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

/**
 * Groups near-identical texts by their MinHash signatures with locality-sensitive hashing (Leskovec,
 * Rajaraman and Ullman, Mining of Massive Datasets, ch. 3): texts that agree on all rows of some band
 * become candidates, a candidate joins when its estimated similarity to the first text of the bucket
 * reaches the threshold. Returns, per text, the index of its cluster's first text (a union always keeps
 * the smaller root, so the result does not depend on the order pairs are met). Linear in the number of
 * texts; a bucket is compared with its first text only, so a chain of drifting edits can split.
 */
export function clusterSignatures(signer: TextSigner, options: ClusterOptions): Int32Array {
  const { count, size, signatures } = signer;
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  for (let band = 0; band < options.bands; band++) {
    const heads = new Map<number, number>();
    for (let i = 0; i < count; i++) {
      let h = 0x811c9dc5 ^ band;
      for (let r = 0; r < options.rows; r++) h = Math.imul(h ^ signatures[i * size + band * options.rows + r], 0x01000193) >>> 0;
      const head = heads.get(h);
      if (head === undefined) heads.set(h, i);
      else if (agreement(signatures, size, head, i) >= options.similarity) {
        const a = find(parent, head);
        const b = find(parent, i);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  return parent.map((_, i) => find(parent, i));
}

/** `clusterSignatures` over texts held in memory. */
export function clusterTexts(texts: string[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Int32Array {
  const signer = new TextSigner(texts.length, options);
  signer.sign(texts, 0);
  return clusterSignatures(signer, options);
}
