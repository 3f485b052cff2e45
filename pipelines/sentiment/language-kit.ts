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
  elisions: string[];
  /** normalizeWord for this language, remembered per spelling. */
  normalize: (word: string) => string;
  /** For languages not written in Latin script: English words in the text are looked up in English. */
  latinFallback: ((word: string) => TermMatch | null) | null;
}

const NON_LATIN = new Set(['ar', 'fa', 'ur', 'he', 'ru', 'uk', 'bg', 'mk', 'sr', 'el', 'hi', 'bn', 'ta', 'zh', 'ja', 'ko', 'th', 'ka', 'hy']);

export function buildKit(lang: string | null, english: () => LanguageKit): LanguageKit {
  const rules = rulesFor(lang);
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
  const latinFallback = lang && NON_LATIN.has(lang) ? english().lookup : null;
  const seen = new Map<string, string>();
  const normalize = (word: string): string => {
    let out = seen.get(word);
    if (out === undefined) {
      out = normalizeWord(word, lang);
      if (seen.size >= 200_000) seen.clear();
      seen.set(word, out);
    }
    return out;
  };
  return { lang, lexicon, rules, lookup: makeLookup(lexicon, rules), ...sets, functionWords, elisions: rules.elisions ?? [], normalize, latinFallback };
}
