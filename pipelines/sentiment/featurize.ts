import { fnv1a } from '../lib/hash.ts';
import { normalizeWord } from './normalize-word.ts';
import type { SentimentScorer } from './scorer.ts';
import { tokenize } from './tokenize.ts';

export interface FeaturizerConfig {
  /** log2 of the hashed feature space. */
  bits: number;
  /** Character n-gram lengths inside words (with boundary marks). */
  charMin: number;
  charMax: number;
  wordBigrams: boolean;
  /** Adds the rule scorer's score and its sign as features, so a small labeled set starts from the lexicon's knowledge. */
  lexiconFeatures: boolean;
  /** Also the rule scorer's evidence: counts of positive, negative and negated terms, strongest weights, emoji. */
  lexiconCounts?: boolean;
  /** Normalizes word, character and lexicon features as separate blocks (each to unit length, then weighted), instead of one vector. */
  blocks?: { words: number; chars: number; lexicon: number };
  /** How repeats of a feature in one text count: added up ('count', models of version 1) or once ('binary'). */
  weighting?: 'count' | 'binary';
}

export const DEFAULT_FEATURIZER: FeaturizerConfig = { bits: 19, charMin: 2, charMax: 5, wordBigrams: true, lexiconFeatures: true, lexiconCounts: true, weighting: 'binary' };

export interface Features {
  /** Hashed indices (may repeat with 'count' weighting: repeats add up; different names can share an index). */
  indices: number[];
  values: number[];
  /** Feature names, parallel to indices; kept so a prediction can show its evidence. */
  names: string[];
}

const MAX_FEATURE_CHARS = 2_000;

/** Prefix of the features that are not n-grams (lexicon evidence, bias): naive-Bayes scaling leaves them alone. */
export const isDenseFeature = (name: string): boolean => name.startsWith('lex:') || name.startsWith('bias:');

/** Word unigrams and bigrams, character n-grams, emoji and (optionally) lexicon scores, hashed into 2^bits slots. */
export function featurize(text: string, lang: string | null, config: FeaturizerConfig, lexicon?: SentimentScorer): Features {
  const mask = (1 << config.bits) - 1;
  const indices: number[] = [];
  const values: number[] = [];
  const names: string[] = [];
  const blockOf: number[] = [];
  let block = 0;
  const seen = config.weighting === 'binary' ? new Set<string>() : null;
  const add = (name: string, value = 1): void => {
    if (seen) {
      if (seen.has(name)) return;
      seen.add(name);
    }
    names.push(name);
    indices.push(fnv1a(name) & mask);
    values.push(value);
    blockOf.push(block);
  };
  const clipped = typeof text === 'string' ? text.slice(0, MAX_FEATURE_CHARS) : '';
  const tokens = tokenize(clipped);
  let previous = '<s>';
  for (const token of tokens) {
    const word = token.kind === 'word' ? normalizeWord(token.text, lang) : token.text;
    add(`w:${word}`);
    if (config.wordBigrams) add(`b:${previous} ${word}`);
    previous = word;
    if (token.kind !== 'word') continue;
    const padded = ` ${word} `;
    block = 1;
    for (let n = config.charMin; n <= config.charMax; n++) {
      for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`, 0.5);
    }
    block = 0;
  }
  block = 2;
  if (config.lexiconFeatures && lexicon) {
    const result = lexicon.score(clipped, lang);
    const { score } = result;
    add('lex:score', score * 4);
    add(score > 0.05 ? 'lex:pos' : score < -0.05 ? 'lex:neg' : 'lex:zero', 2);
    if (config.lexiconCounts) {
      let positive = 0;
      let negative = 0;
      let negated = 0;
      let top = 0;
      let bottom = 0;
      for (const term of result.evidence.terms) {
        if (term.weight > 0) positive++;
        else if (term.weight < 0) negative++;
        if (term.rules?.some((rule) => rule.startsWith('negation'))) negated++;
        top = Math.max(top, term.weight);
        bottom = Math.min(bottom, term.weight);
      }
      add('lex:positive-terms', Math.log1p(positive));
      add('lex:negative-terms', Math.log1p(negative));
      if (negated) add('lex:negated', 1);
      add('lex:strongest-positive', top / 2);
      add('lex:strongest-negative', -bottom / 2);
      if (positive > 0 && negative > 0) add('lex:mixed', 1);
      if (positive + negative === 0) add('lex:no-terms', 1);
    }
  }
  add('bias:empty', tokens.length === 0 ? 1 : 0);
  if (config.blocks) {
    const weights = [config.blocks.words, config.blocks.chars, config.blocks.lexicon];
    const sums = [0, 0, 0];
    for (let i = 0; i < values.length; i++) sums[blockOf[i]] += values[i] * values[i];
    const scale = sums.map((sum, b) => (sum > 0 ? weights[b] / Math.sqrt(sum) : 0));
    for (let i = 0; i < values.length; i++) values[i] *= scale[blockOf[i]];
  } else {
    const norm = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0)) || 1;
    for (let i = 0; i < values.length; i++) values[i] /= norm;
  }
  return { indices, values, names };
}
