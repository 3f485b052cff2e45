/**
 * MinHash signatures (Broder 1997): for each of `size` hash functions, the smallest hash of any
 * shingle. The share of equal positions in two signatures estimates the Jaccard similarity of the
 * shingle sets, with a standard error of about sqrt(J(1−J)/size).
 */
export class MinHasher {
  private readonly a: Uint32Array;
  private readonly b: Uint32Array;

  constructor(
    readonly size = 32,
    seed = 0x9e3779b9,
  ) {
    this.a = new Uint32Array(size);
    this.b = new Uint32Array(size);
    let state = seed >>> 0;
    const next = () => {
      // xorshift32: deterministic coefficients, so clusters are the same on every run.
      state ^= state << 13;
      state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>>= 0);
    };
    for (let i = 0; i < size; i++) {
      this.a[i] = next() | 1;
      this.b[i] = next();
    }
  }

  /** Writes the signature of `shingles` into `out` at `offset` (a flat array of many signatures). */
  sign(shingles: Uint32Array, out: Uint32Array, offset = 0): void {
    for (let i = 0; i < this.size; i++) {
      let min = 0xffffffff;
      const a = this.a[i];
      const b = this.b[i];
      for (let s = 0; s < shingles.length; s++) {
        let h = (Math.imul(shingles[s], a) + b) >>> 0;
        h ^= h >>> 15;
        h = Math.imul(h, 0x2c1b3c6d) >>> 0;
        h ^= h >>> 12;
        if (h >>> 0 < min) min = h >>> 0;
      }
      out[offset + i] = min;
    }
  }
}

/** The share of equal positions of two signatures in a flat array. */
export function agreement(signatures: Uint32Array, size: number, x: number, y: number): number {
  let same = 0;
  for (let i = 0; i < size; i++) if (signatures[x * size + i] === signatures[y * size + i]) same++;
  return same / size;
}
