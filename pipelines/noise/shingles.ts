const SPACE = 32;
const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Hashes the word k-shingles of normalized texts (words separated by spaces) into one reused buffer:
 * each shingle is FNV-1a (lib/hash.ts fnv1a) of its words joined by one space, computed in place
 * instead of building the joined string. Texts shorter than k words give their words alone, so short
 * copies still compare. A repeated shingle appears again (MinHash takes a minimum, so that is harmless).
 */
export class ShingleHasher {
  private buffer = new Uint32Array(64);
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);

  constructor(readonly k = 2) {}

  /** The shingle hashes of `text`, valid until the next call. */
  hash(text: string): Uint32Array {
    let words = 0;
    for (let i = 0; i < text.length; ) {
      while (i < text.length && text.charCodeAt(i) === SPACE) i++;
      if (i === text.length) break;
      if (words === this.starts.length) this.grow();
      this.starts[words] = i;
      while (i < text.length && text.charCodeAt(i) !== SPACE) i++;
      this.ends[words++] = i;
    }
    const span = words < this.k ? 1 : this.k;
    const count = words - span + 1;
    if (count <= 0) return this.buffer.subarray(0, 0);
    if (this.buffer.length < count) this.buffer = new Uint32Array(2 * count);
    for (let s = 0; s < count; s++) {
      let hash = FNV_BASIS;
      for (let w = s; w < s + span; w++) {
        if (w > s) hash = Math.imul(hash ^ SPACE, FNV_PRIME);
        for (let i = this.starts[w]; i < this.ends[w]; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
      }
      this.buffer[s] = hash >>> 0;
    }
    return this.buffer.subarray(0, count);
  }

  private grow(): void {
    const starts = new Int32Array(2 * this.starts.length);
    const ends = new Int32Array(2 * this.ends.length);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

/** The set of hashed word k-shingles of a normalized text. */
export function shingles(text: string, k = 2): Uint32Array {
  return Uint32Array.from(new Set(new ShingleHasher(k).hash(text)));
}

/** Exact Jaccard similarity of two shingle sets (for tests and for checking MinHash estimates). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const left = new Set(a);
  let shared = 0;
  for (const x of new Set(b)) if (left.has(x)) shared++;
  const union = left.size + new Set(b).size - shared;
  return union === 0 ? 1 : shared / union;
}
