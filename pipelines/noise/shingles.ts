import { fnv1a } from '../lib/hash.ts';

/**
 * The set of word k-shingles of a normalized text (words separated by single spaces), hashed. Texts
 * shorter than k words give their words alone, so short copies still compare.
 */
export function shingles(text: string, k = 2): Uint32Array {
  const words = text.split(' ').filter(Boolean);
  const out = new Set<number>();
  if (words.length < k) for (const word of words) out.add(fnv1a(word));
  else for (let i = 0; i + k <= words.length; i++) out.add(fnv1a(words.slice(i, i + k).join(' ')));
  return Uint32Array.from(out);
}

/** Exact Jaccard similarity of two shingle sets (for tests and for checking MinHash estimates). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const left = new Set(a);
  let shared = 0;
  for (const x of new Set(b)) if (left.has(x)) shared++;
  const union = left.size + new Set(b).size - shared;
  return union === 0 ? 1 : shared / union;
}
