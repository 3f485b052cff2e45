import type { Rng } from '../prng.ts';
import type { Sentiment } from '../types.ts';

const OTHERS: Readonly<Record<Sentiment, [Sentiment, Sentiment]>> = {
  positive: ['neutral', 'negative'],
  negative: ['neutral', 'positive'],
  neutral: ['positive', 'negative'],
};

/** A vendor's own classifier: right most of the time, and more often wrong toward neutral than across. */
export function vendorSentiment(rng: Rng, truth: Sentiment): Sentiment {
  const r = rng.float();
  if (r < 0.8) return truth;
  return r < 0.95 ? OTHERS[truth][0] : OTHERS[truth][1];
}

/** Talkwalker's -5..5 scale. */
export function vendorScore(rng: Rng, truth: Sentiment): number {
  const label = vendorSentiment(rng, truth);
  return label === 'neutral' ? 0 : (label === 'positive' ? 1 : -1) * rng.int(1, 5);
}
