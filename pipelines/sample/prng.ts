import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

export type Weights<K extends string> = Readonly<Record<K, number>>;

/** 32-bit FNV-1a followed by a murmur3 finalizer, to derive independent sub-seeds from one seed. */
export function mixSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

export class Rng {
  readonly #gen: RandomGenerator;
  readonly seed: number;

  constructor(seed: number) {
    this.seed = seed | 0;
    this.#gen = xoroshiro128plus(this.seed);
  }

  fork(label: string): Rng {
    return new Rng(mixSeed(this.seed, label));
  }

  uint32(): number {
    return this.#gen.next() >>> 0;
  }

  float(): number {
    return this.uint32() / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }

  weighted<K extends string>(weights: Weights<K>): K {
    let total = 0;
    for (const key in weights) total += weights[key];
    let r = this.float() * total;
    let last: K | undefined;
    for (const key in weights) {
      last = key;
      r -= weights[key];
      if (r < 0) return key;
    }
    return last!;
  }

  normal(): number {
    const u = 1 - this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }

  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  pareto(min: number, alpha: number): number {
    return min / Math.pow(1 - this.float(), 1 / alpha);
  }

  /** An index in [0, n) skewed toward 0: a few items get most picks (activity of authors). */
  skewedIndex(n: number, skew: number): number {
    return Math.min(n - 1, Math.floor(n * Math.pow(this.float(), skew)));
  }

  alnum(length: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'): string {
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet[Math.floor(this.float() * alphabet.length)];
    return s;
  }
}
