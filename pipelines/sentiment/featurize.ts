import { fnv1a } from '../evaluation/split.ts';
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
}

export const DEFAULT_FEATURIZER: FeaturizerConfig = { bits: 19, charMin: 3, charMax: 5, wordBigrams: true, lexiconFeatures: true };

export interface Features {
  /** Hashed indices (may repeat: repeats add up). */
  indices: number[];
  values: number[];
  /** Feature names, parallel to indices; kept so a prediction can show its evidence. */
  names: string[];
}

const MAX_FEATURE_CHARS = 2_000;

/** Word unigrams and bigrams, character n-grams, emoji and (optionally) lexicon scores, hashed into 2^bits slots. */
export function featurize(text: string, lang: string | null, config: FeaturizerConfig, lexicon?: SentimentScorer): Features {
  const mask = (1 << config.bits) - 1;
  const indices: number[] = [];
  const values: number[] = [];
  const names: string[] = [];
  const add = (name: string, value = 1): void => {
    names.push(name);
    indices.push(fnv1a(name) & mask);
    values.push(value);
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
    for (let n = config.charMin; n <= config.charMax; n++) {
      for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`, 0.5);
    }
  }
  if (config.lexiconFeatures && lexicon) {
    const { score } = lexicon.score(clipped, lang);
    add('lex:score', score * 4);
    add(score > 0.05 ? 'lex:pos' : score < -0.05 ? 'lex:neg' : 'lex:zero', 2);
  }
  add('bias:empty', tokens.length === 0 ? 1 : 0);
  const norm = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0)) || 1;
  for (let i = 0; i < values.length; i++) values[i] /= norm;
  return { indices, values, names };
}
