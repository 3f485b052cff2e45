/**
 * Ids of (int, int) pairs in an open-addressing hash table over typed arrays: a Map keyed by a·2²⁶ + b
 * would hold every key above 2³⁰ as a heap number, several times the memory and time at millions of pairs.
 */
export class PairTable {
  private left: Int32Array;
  private right: Int32Array;
  private ids: Int32Array;
  private mask: number;
  private used = 0;

  constructor(capacity = 1 << 16) {
    this.left = new Int32Array(capacity);
    this.right = new Int32Array(capacity);
    this.ids = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    let i = h & this.mask;
    while (this.ids[i] >= 0 && (this.left[i] !== a || this.right[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }

  /** The id of (a, b), or the result of `create()` stored as its id when the pair is new. */
  get(a: number, b: number, create: () => number): number {
    const i = this.slot(a, b);
    if (this.ids[i] >= 0) return this.ids[i];
    const id = create();
    this.left[i] = a;
    this.right[i] = b;
    this.ids[i] = id;
    if (++this.used * 2 > this.ids.length) this.grow();
    return id;
  }

  private grow(): void {
    const { left, right, ids } = this;
    this.left = new Int32Array(ids.length * 2);
    this.right = new Int32Array(ids.length * 2);
    this.ids = new Int32Array(ids.length * 2).fill(-1);
    this.mask = ids.length * 2 - 1;
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] < 0) continue;
      const j = this.slot(left[i], right[i]);
      this.left[j] = left[i];
      this.right[j] = right[i];
      this.ids[j] = ids[i];
    }
  }
}
