import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(name: string): { stem(word: string): string } };

const SNOWBALL_NAMES: Record<string, string> = {
  en: 'english', tr: 'turkish', ar: 'arabic', hu: 'hungarian', es: 'spanish', de: 'german', fr: 'french', it: 'italian', pt: 'portuguese', nl: 'dutch',
};

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
