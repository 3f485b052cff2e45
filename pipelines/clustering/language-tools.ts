import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const stopword = require('stopword') as Record<string, string[]>;
const snowball = require('snowball-stemmers') as { newStemmer(name: string): { stem(word: string): string } };

const STOPWORD_LISTS: Record<string, string> = { en: 'eng', tr: 'tur', ar: 'ara', hu: 'hun', es: 'spa', de: 'deu', fr: 'fra', it: 'ita', pt: 'por', nl: 'nld' };
const SNOWBALL_NAMES: Record<string, string> = {
  en: 'english', tr: 'turkish', ar: 'arabic', hu: 'hungarian', es: 'spanish', de: 'german', fr: 'french', it: 'italian', pt: 'portuguese', nl: 'dutch',
};

const stopCache = new Map<string, Set<string>>();

/** Stop words of a language from the `stopword` package; unknown languages get the union, since mixed text is common. */
export function stopWords(lang: string): Set<string> {
  const key = STOPWORD_LISTS[lang] ? lang : '*';
  let set = stopCache.get(key);
  if (!set) {
    const lists = key === '*' ? Object.values(STOPWORD_LISTS) : [STOPWORD_LISTS[key]];
    set = new Set(lists.flatMap((name) => stopword[name] ?? []).map((word) => word.toLowerCase()));
    stopCache.set(key, set);
  }
  return set;
}

export type Stemmer = (word: string) => string;

/** A Snowball stemmer (snowball-stemmers covers tr/hu/ar, which natural lacks) with a per-language memo; identity for unknown languages. */
export function stemmerFor(lang: string): Stemmer {
  const name = SNOWBALL_NAMES[lang];
  if (!name) return (word) => word;
  const stemmer = snowball.newStemmer(name);
  const memo = new Map<string, string>();
  return (word) => {
    let stem = memo.get(word);
    if (stem === undefined) {
      stem = stemmer.stem(word);
      memo.set(word, stem);
    }
    return stem;
  };
}
