import { repairSurrogates } from '../language/clean-text.ts';
import { buildKit, type LanguageKit } from './language-kit.ts';
import { DEFAULT_THRESHOLDS } from './thresholds.ts';
import { labelFor, type EvidenceTerm, type SentimentResult, type SentimentScorer, type Thresholds } from './scorer.ts';
import { weighTerms } from './weigh-terms.ts';
import { tokenize } from './tokenize.ts';

/** Longest text scored; beyond this a mention is a document, and its first 10,000 characters speak for it. */
export const MAX_SCORE_CHARS = 10_000;
const EXCLAIM_INCR = 0.292;
const QUESTION_INCR = 0.18;
/** VADER's normalization constant: score = sum / sqrt(sum² + α). */
const ALPHA = 15;

export interface RuleScorerOptions {
  /** Per-language label thresholds; defaults were tuned on the training part of each labeled set. */
  thresholds?: Record<string, Thresholds>;
}

export const RULE_SCORER_NAME = 'rules-v1';

/** The default scorer: per-language lexicons plus VADER's rules (Hutto & Gilbert 2014), extended to more languages. */
export function ruleScorer(options: RuleScorerOptions = {}): SentimentScorer {
  const kits = new Map<string, LanguageKit>();
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const kitFor = (lang: string | null): LanguageKit => {
    const key = lang ?? '';
    let kit = kits.get(key);
    if (!kit) {
      kit = buildKit(lang, () => kitFor('en'));
      kits.set(key, kit);
    }
    return kit;
  };

  return {
    name: RULE_SCORER_NAME,
    score(input: string, lang: string | null): SentimentResult {
      const rules: string[] = [];
      let text = typeof input === 'string' ? input : '';
      if (text.length > MAX_SCORE_CHARS) {
        text = text.slice(0, MAX_SCORE_CHARS);
        rules.push('truncated');
      }
      text = repairSurrogates(text);
      const tokens = tokenize(text);
      const limit = thresholds[lang ?? ''] ?? thresholds['*'];
      if (tokens.length === 0) {
        rules.push('no-text');
        return { score: 0, label: 'neutral', scorer: RULE_SCORER_NAME, evidence: { terms: [], rules } };
      }
      const terms: EvidenceTerm[] = [];
      let sum = weighTerms(tokens, kitFor(lang), terms, rules);
      let exclaims = 0;
      let questions = 0;
      for (const token of tokens) {
        if (token.kind === '!') exclaims += token.text.length;
        else if (token.kind === '?') questions += token.text.length;
      }
      if (sum !== 0 && exclaims > 0) {
        const boost = Math.min(exclaims, 4) * EXCLAIM_INCR;
        sum += Math.sign(sum) * boost;
        rules.push(`exclamation:${Math.min(exclaims, 4)}`);
      }
      if (sum !== 0 && questions > 1) {
        sum += Math.sign(sum) * Math.min(questions * QUESTION_INCR, 0.96);
        rules.push(`question:${questions}`);
      }
      const score = Math.round((sum / Math.sqrt(sum * sum + ALPHA)) * 10_000) / 10_000;
      return { score, label: labelFor(score, limit), scorer: RULE_SCORER_NAME, evidence: { terms, rules } };
    },
  };
}

export type { Thresholds };
