import { describe, expect, it } from 'vitest';
import { ruleScorer } from '../../pipelines/sentiment/rule-scorer.ts';
import { constantScorer } from '../../pipelines/sentiment/scorer.ts';

const scorer = ruleScorer();
const score = (text: string, lang: string | null) => scorer.score(text, lang);

describe('rule scorer', () => {
  it('scores lexicon words by language', () => {
    expect(score('I love this phone', 'en').label).toBe('positive');
    expect(score('Worst support ever, horrible', 'en').label).toBe('negative');
    expect(score('Bu ürün harika', 'tr').score).toBeGreaterThan(0);
    expect(score('هذا المنتج سيء جدا', 'ar').score).toBeLessThanOrEqual(0);
    expect(score('الفيلم جميل', 'ar').score).toBeGreaterThan(0);
    expect(score('Nagyon jó film', 'hu').score).toBeGreaterThan(0);
    expect(score('El servicio fue horrible', 'es').score).toBeLessThan(0);
    expect(score('Das ist wirklich toll', 'de').score).toBeGreaterThan(0);
    expect(score("C'est vraiment génial", 'fr').score).toBeGreaterThan(0);
  });

  it('makes "kötü değil" less negative than "kötü" and names the negation in the evidence', () => {
    const bad = score('kötü', 'tr');
    const notBad = score('kötü değil', 'tr');
    expect(notBad.score).toBeGreaterThan(bad.score);
    expect(notBad.evidence.terms[0].rules).toContain('negation:değil');
  });

  it('negates before the term in English, Spanish, German, Hungarian and French', () => {
    expect(score('not good', 'en').score).toBeLessThan(0);
    expect(score('no es bueno', 'es').score).toBeLessThan(0);
    expect(score('nicht gut', 'de').score).toBeLessThan(0);
    expect(score('nem jó', 'hu').score).toBeLessThan(0);
    expect(score("ce n'est pas bon", 'fr').score).toBeLessThan(0);
  });

  it('reads Turkish negative verb suffixes', () => {
    const liked = score('bu filmi sevdim', 'tr');
    const disliked = score('bu filmi sevmedim', 'tr');
    expect(liked.score).toBeGreaterThan(0);
    expect(disliked.score).toBeLessThan(0);
    expect(disliked.evidence.terms[0].rules).toContain('negation:suffix');
  });

  it('boosts with intensifiers, caps and exclamation marks', () => {
    const plain = score('this is good', 'en').score;
    const boosted = score('this is very good', 'en');
    expect(boosted.score).toBeGreaterThan(plain);
    expect(boosted.evidence.terms[0].rules).toContain('booster:very');
    const shouted = score('this is GOOD!!!', 'en');
    expect(shouted.score).toBeGreaterThan(plain);
    expect(shouted.evidence.rules).toEqual(expect.arrayContaining(['caps-emphasis', 'exclamation:3']));
  });

  it('weighs what follows a contrast word more (but, ama, de, لكن)', () => {
    expect(score('The food was great but the service was horrible', 'en').label).toBe('negative');
    const tr = score('güzel ama pahalı', 'tr');
    expect(tr.score).toBeLessThan(0);
    expect(tr.evidence.rules).toContain('contrast:ama');
    expect(score('Szép film, de unalmas', 'hu').evidence.rules).toContain('contrast:de');
    expect(score('المكان جميل لكن الخدمة سيئة', 'ar').evidence.rules).toContain('contrast:لكن');
  });

  it('scores emoji and emoticons in any language, even unknown', () => {
    expect(score('😍😍', null).label).toBe('positive');
    expect(score('😡', 'tr').score).toBeLessThan(0);
    expect(score('ok :(', 'en').score).toBeLessThan(0);
  });

  it('gives every bad input a defined neutral-or-scored result', () => {
    for (const text of ['', '   ', '\n\t', '🙂'.repeat(3), '\uD800\uDC00\uD800 good', 'a'.repeat(1_000_000), 'good'.repeat(300_000), 'جيد good bueno']) {
      const result = score(text, 'en');
      expect(result.score).toBeGreaterThanOrEqual(-1);
      expect(result.score).toBeLessThanOrEqual(1);
      expect(['positive', 'neutral', 'negative']).toContain(result.label);
    }
    expect(score('', 'en').evidence.rules).toEqual(['no-text']);
    expect(score('great '.repeat(200_000), 'en').evidence.rules).toContain('truncated');
    expect(score(undefined as unknown as string, 'en').label).toBe('neutral');
  });

  it('keeps the score in [-1, 1] and records the scorer', () => {
    const result = score('AMAZING AMAZING AMAZING love love love!!!! 😍😍😍', 'en');
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.scorer).toBe('rules-v1');
  });

  it('has a constant scorer for tests', () => {
    expect(constantScorer().score('I love it', 'en')).toEqual({ score: 0, label: 'neutral', scorer: 'constant:neutral', evidence: { terms: [], rules: [] } });
  });
});
