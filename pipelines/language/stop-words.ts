import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const stopword = require('stopword') as Record<string, string[]>;

const STOPWORD_LISTS: Record<string, string> = { en: 'eng', tr: 'tur', ar: 'ara', hu: 'hun', es: 'spa', de: 'deu', fr: 'fra', it: 'ita', pt: 'por', nl: 'nld' };

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
