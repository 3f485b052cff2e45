import { rulesFor, type LanguageRules } from './language-rules.ts';
import { lexiconFor, type Lexicon } from './lexicons.ts';
import { normalizeWord } from './normalize-word.ts';
import { makeLookup, type TermMatch } from './lookup.ts';

/** Everything the rule scorer needs for one language, built once and reused for every text. */
export interface LanguageKit {
  lang: string | null;
  lexicon: Lexicon;
  rules: LanguageRules;
  lookup: (word: string) => TermMatch | null;
  negators: Set<string>;
  postNegators: Set<string>;
  boosters: Set<string>;
  postBoosters: Set<string>;
  dampeners: Set<string>;
  contrast: Set<string>;
  /** Words that are rules, never lexicon terms ("not", "very", "but"). */
  functionWords: Set<string>;
  /** Bit flags of ROLE per function word: one lookup per word instead of one per list. */
  roles: Map<string, number>;
  elisions: string[];
  /** normalizeWord for this language, remembered per spelling. */
  normalize: (word: string) => string;
  /** For languages not written in Latin script: English words in the text are looked up in English. */
  latinFallback: ((word: string) => TermMatch | null) | null;
}

/** What a function word does; a word may do several things (Arabic "جدا" boosts before and after). */
export const ROLE = { negator: 1, postNegator: 2, booster: 4, postBooster: 8, dampener: 16, contrast: 32 } as const;

const NON_LATIN = new Set(['ar', 'fa', 'ur', 'he', 'ru', 'uk', 'bg', 'mk', 'sr', 'el', 'hi', 'bn', 'ta', 'zh', 'ja', 'ko', 'th', 'ka', 'hy']);

/** The rules with every word list extended by its folded spellings. */
function withFolded(rules: LanguageRules): LanguageRules {
  const { fold } = rules;
  if (!fold) return rules;
  const extend = (words: string[]) => [...new Set([...words, ...words.map(fold)])];
  return {
    ...rules,
    negators: extend(rules.negators),
    postNegators: extend(rules.postNegators),
    boosters: extend(rules.boosters),
    postBoosters: extend(rules.postBoosters),
    dampeners: extend(rules.dampeners),
    contrast: extend(rules.contrast),
  };
}

export function buildKit(lang: string | null, english: () => LanguageKit): LanguageKit {
  const rules = withFolded(rulesFor(lang));
  const lexicon = lexiconFor(lang);
  const sets = {
    negators: new Set(rules.negators),
    postNegators: new Set(rules.postNegators),
    boosters: new Set(rules.boosters),
    postBoosters: new Set(rules.postBoosters),
    dampeners: new Set(rules.dampeners),
    contrast: new Set(rules.contrast),
  };
  const functionWords = new Set([...rules.negators, ...rules.postNegators, ...rules.boosters, ...rules.dampeners, ...rules.contrast]);
  const roles = new Map<string, number>();
  for (const [role, words] of Object.entries({ negator: rules.negators, postNegator: rules.postNegators, booster: rules.boosters, postBooster: rules.postBoosters, dampener: rules.dampeners, contrast: rules.contrast })) {
    for (const word of words) roles.set(word, (roles.get(word) ?? 0) | ROLE[role as keyof typeof ROLE]);
  }
  const latinFallback = lang && NON_LATIN.has(lang) ? english().lookup : null;
  const seen = new Map<string, string>();
  // Arabic normalization runs several regular expressions: remember it per spelling. Elsewhere it is cheaper than a lookup.
  const memoize = lang === 'ar' || lang === 'fa' || lang === 'ur';
  const normalize = !memoize ? (word: string) => normalizeWord(word, lang) : (word: string): string => {
    let out = seen.get(word);
    if (out === undefined) {
      out = normalizeWord(word, lang);
      if (seen.size >= 200_000) seen.clear();
      seen.set(word, out);
    }
    return out;
  };
  return { lang, lexicon, rules, lookup: makeLookup(lexicon, rules), ...sets, functionWords, roles, elisions: rules.elisions ?? [], normalize, latinFallback };
}
