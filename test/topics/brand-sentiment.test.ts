import { describe, expect, it } from 'vitest';
import { createScorer } from '../../pipelines/sentiment/create-scorer.ts';
import type { SentimentScorer } from '../../pipelines/sentiment/scorer.ts';
import { brandSentiments } from '../../pipelines/topics/brand-sentiment.ts';
import { splitClauses } from '../../pipelines/topics/clauses.ts';

const rules = createScorer({ scorer: 'rules', modelPath: 'none', root: '.' });
/** Scores a text by the words good/better (+) and bad/late (−), so tests see exactly which text was scored. */
const words: SentimentScorer = {
  name: 'words',
  score(text) {
    const score = (text.match(/\b(good|better|great)\b/g)?.length ?? 0) - (text.match(/\b(bad|late|worse)\b/g)?.length ?? 0);
    const clamped = Math.max(-1, Math.min(1, score / 2));
    return { score: clamped, label: clamped > 0 ? 'positive' : clamped < 0 ? 'negative' : 'neutral', scorer: 'words', evidence: { terms: [], rules: [] } };
  },
};

const spans = (text: string, word: string) => [...text.matchAll(new RegExp(word, 'gi'))].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
const sentiments = (text: string, lang: string | null, scorer: SentimentScorer = words) =>
  Object.fromEntries(
    brandSentiments(text, lang, [{ key: 'pakkit', spans: spans(text, 'pakkit') }, { key: 'rushbee', spans: spans(text, 'rushbee') }], scorer).map((r) => [r.key, r.label]),
  );

describe('sentiment toward each brand of a mention', () => {
  it('cuts texts into clauses at punctuation and contrast words', () => {
    const text = 'Pakkit was great but Rushbee was late. Never again, honestly';
    expect(splitClauses(text, 'en').map((c) => text.slice(c.start, c.end).trim())).toEqual(['Pakkit was great', 'but Rushbee was late.', 'Never again,', 'honestly']);
    const german = 'Pakkit ist schnell, aber Rushbee ist teuer';
    expect(splitClauses(german, 'de').map((c) => german.slice(c.start, c.end).trim())).toEqual(['Pakkit ist schnell,', 'aber Rushbee ist teuer']);
  });

  it('gives each brand the tone of its own clause', () => {
    expect(sentiments('Pakkit was great but Rushbee was late again', 'en')).toEqual({ pakkit: 'positive', rushbee: 'negative' });
    expect(sentiments('Rushbee was bad; Pakkit was good', 'en')).toEqual({ pakkit: 'positive', rushbee: 'negative' });
  });

  it('reverses the tone for the brand a switch or comparison goes against', () => {
    expect(sentiments('switched from Pakkit to Rushbee, so much better', 'en')).toEqual({ pakkit: 'negative', rushbee: 'positive' });
    expect(sentiments('Rushbee is better than Pakkit', 'en')).toEqual({ pakkit: 'negative', rushbee: 'positive' });
    expect(sentiments('Bin von Pakkit zu Rushbee gewechselt, viel better', 'de')).toEqual({ pakkit: 'negative', rushbee: 'positive' });
    expect(sentiments('Pakkit yerine Rushbee kullanıyorum, better', 'tr')).toEqual({ pakkit: 'negative', rushbee: 'positive' });
    expect(sentiments('Pakkit vs Rushbee, which one?', 'en')).toEqual({ pakkit: 'neutral', rushbee: 'neutral' });
  });

  it('uses the project scorer on the clauses: a two-brand switch reads negative for the one left', () => {
    expect(sentiments('switched from Pakkit to Rushbee, so much better', 'en', rules)).toEqual({ pakkit: 'negative', rushbee: 'positive' });
    expect(sentiments('me cambié de Pakkit a Rushbee, mucho mejor', 'es', rules)).toEqual({ pakkit: 'negative', rushbee: 'positive' });
  });
});
