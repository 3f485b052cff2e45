import { featurize } from './featurize.ts';
import { probabilities } from './logistic-regression.ts';
import { ruleScorer } from './rule-scorer.ts';
import type { EvidenceTerm, SentimentLabel, SentimentResult, SentimentScorer } from './scorer.ts';
import type { SentimentModel } from './trained-model.ts';

const TOP_FEATURES = 6;

/**
 * Scores with a trained model where it has a classifier for the text's language (or a "*" one),
 * and with `fallback` (the rule scorer by default) everywhere else. Score = P(positive) − P(negative).
 */
export function modelScorer(model: SentimentModel, options: { name?: string; fallback?: SentimentScorer } = {}): SentimentScorer {
  const fallback = options.fallback ?? ruleScorer();
  const lexicon = ruleScorer();
  const name = options.name ?? 'model';
  return {
    name,
    score(text: string, lang: string | null): SentimentResult {
      const entry = (lang && model.languages[lang]) || model.languages['*'];
      if (!entry || typeof text !== 'string' || !text.trim()) return fallback.score(text, lang);
      const x = featurize(text, lang, model.featurizer, lexicon);
      const { linear } = entry;
      const p = probabilities(linear, x);
      const at = (label: SentimentLabel): number => linear.classes.indexOf(label);
      let best = 0;
      for (let c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
      const pos = at('positive');
      const neg = at('negative');
      const k = linear.classes.length;
      const contributions = new Map<string, number>();
      for (let j = 0; j < x.indices.length; j++) {
        const base = x.indices[j] * k;
        const push = (linear.weights[base + pos] - linear.weights[base + neg]) * x.values[j];
        contributions.set(x.names[j], (contributions.get(x.names[j]) ?? 0) + push);
      }
      const terms: EvidenceTerm[] = [...contributions]
        .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
        .slice(0, TOP_FEATURES)
        .map(([feature, weight]) => ({ term: feature.slice(feature.indexOf(':') + 1), entry: feature, weight: Math.round(weight * 1000) / 1000 }));
      const score = Math.round((p[pos] - p[neg]) * 10_000) / 10_000;
      const scorer = `${name}#${entry.lang}`;
      const confidence = `p=${p[best].toFixed(3)}`;
      return { score, label: linear.classes[best] as SentimentLabel, scorer, evidence: { terms, rules: [`model:${entry.lang}`, confidence] } };
    },
  };
}
