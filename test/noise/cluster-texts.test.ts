import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../pipelines/lib/hash.ts';
import { clusterSignatures, clusterTexts, DEFAULT_CLUSTER_OPTIONS, TextSigner } from '../../pipelines/noise/cluster-texts.ts';
import { agreement, MinHasher } from '../../pipelines/noise/minhash.ts';
import { jaccard, shingles } from '../../pipelines/noise/shingles.ts';

describe('near-duplicate clustering', () => {
  it('estimates Jaccard similarity with MinHash within a few points', () => {
    const a = shingles('get 50 off your first pakkit order with code save50 today only');
    const b = shingles('get 50 off your first pakkit order with code save50 today');
    const hasher = new MinHasher(256);
    const signatures = new Uint32Array(512);
    hasher.sign(a, signatures, 0);
    hasher.sign(b, signatures, 256);
    expect(Math.abs(agreement(signatures, 256, 0, 1) - jaccard(a, b))).toBeLessThan(0.08);
  });

  it('puts copies with small edits together and leaves different texts apart', () => {
    const texts = [
      'get 50 off your first pakkit order with code save50 today only',
      'the courier never showed up and the food was cold again',
      'get 50 off your first pakkit order with code save50 today only hurry',
      'get 50 off your first pakkit order with code save50 today',
      'pakkit has a new logo apparently',
      'wow get 50 off your first pakkit order with code save50 today only',
    ];
    const roots = clusterTexts(texts);
    expect([roots[0], roots[2], roots[3], roots[5]]).toEqual([0, 0, 0, 0]);
    expect(roots[1]).toBe(1);
    expect(roots[4]).toBe(4);
  });

  it('is deterministic', () => {
    const texts = Array.from({ length: 200 }, (_, i) => `mention number ${i % 40} about pakkit delivery ${i % 7}`);
    expect(clusterTexts(texts)).toEqual(clusterTexts(texts));
  });
});

describe('shingle hashes', () => {
  it('are FNV-1a of the words joined by one space, whatever the spacing, with single words for short texts', () => {
    const joined = (text: string) => {
      const words = text.split(' ').filter(Boolean);
      const parts = words.length < 2 ? words : words.slice(1).map((word, i) => `${words[i]} ${word}`);
      return [...new Set(parts.map(fnv1a))].sort();
    };
    for (const text of ['', ' ', 'one', 'one two', '  a  b   c ', 'é ü 日本 語 😍 x', `${'w'.repeat(300)} b a b a`]) {
      expect([...shingles(text)].sort()).toEqual(joined(text));
    }
  });

  it('cluster the same whether texts are signed at once or in batches', () => {
    const texts = Array.from({ length: 300 }, (_, i) => `promo code save${i % 12} at pakkit today only for order ${i % 5}`);
    const signer = new TextSigner(texts.length, DEFAULT_CLUSTER_OPTIONS);
    for (let from = 0; from < texts.length; from += 70) signer.sign(texts.slice(from, from + 70), from);
    expect(clusterSignatures(signer, DEFAULT_CLUSTER_OPTIONS)).toEqual(clusterTexts(texts));
  });
});
