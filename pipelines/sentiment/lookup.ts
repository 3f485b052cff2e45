import type { LanguageRules } from './language-rules.ts';
import type { Lexicon } from './lexicons.ts';

/** A lexicon hit for one normalized token. */
export interface TermMatch {
  /** The lexicon entry that matched (the stem when matched by prefix). */
  entry: string;
  weight: number;
  /** The word carries its own negation (Turkish "sevmedim", Hungarian "tehetségtelen"). */
  negatedBySuffix: boolean;
}

const MIN_STEM = 3;
const MEMO_LIMIT = 200_000;

function withoutPrefixes(word: string, prefixes: string[] | undefined): string[] {
  if (!prefixes) return [word];
  const out = [word];
  for (const prefix of prefixes) if (word.length - prefix.length >= MIN_STEM && word.startsWith(prefix)) out.push(word.slice(prefix.length));
  return out;
}

function longestStem(word: string, weights: Map<string, number>, maxSuffix: number): string | null {
  for (let end = word.length - 1; end >= MIN_STEM && word.length - end <= maxSuffix; end--) {
    // A short stem may only carry a short suffix; "iyi" matches "iyiydi", not "iyileştirilemeyecek".
    if (end < 5 && word.length - end > 4) break;
    if (weights.has(word.slice(0, end))) return word.slice(0, end);
  }
  return null;
}

/**
 * Finds a token's lexicon entry: the word itself or the word without a clitic prefix; for
 * suffixing languages the longest known stem (a clitic language stems only the bare word),
 * noting a negation suffix after it.
 */
export function makeLookup(lexicon: Lexicon, rules: LanguageRules): (word: string) => TermMatch | null {
  const memo = new Map<string, TermMatch | null>();
  const { weights } = lexicon;
  const maxSuffix = rules.maxSuffix ?? 12;
  function find(word: string): TermMatch | null {
    const candidates = withoutPrefixes(word, rules.prefixes);
    for (const candidate of candidates) {
      const exact = weights.get(candidate);
      if (exact !== undefined) return { entry: candidate, weight: exact, negatedBySuffix: false };
    }
    if (!rules.suffixing) return null;
    for (const candidate of candidates.length > 1 ? candidates.slice(1) : candidates) {
      if (candidate.length <= MIN_STEM) continue;
      const stem = longestStem(candidate, weights, maxSuffix);
      if (!stem) continue;
      const tail = candidate.slice(Math.max(0, stem.length - 2));
      const negatedBySuffix = rules.negativeSuffix ? rules.negativeSuffix.test(tail) : false;
      return { entry: stem, weight: weights.get(stem)!, negatedBySuffix };
    }
    return null;
  }
  return (word) => {
    let hit = memo.get(word);
    if (hit === undefined) {
      hit = find(word);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, hit);
    }
    return hit;
  };
}
