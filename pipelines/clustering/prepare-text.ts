import { stopWords } from '../language/stop-words.ts';
import { stemmerFor, type Stemmer } from './language-tools.ts';

const URL_PATTERN = /https?:\/\/\S+|www\.\S+/giu;
const HANDLE_PATTERN = /@[\p{L}\p{N}_.]+/gu;
const RETWEET_PREFIX = /^RT\s+/u;
const TOKEN_PATTERN = /[\p{L}\p{N}']+/gu;
const HAS_LETTER = /\p{L}/u;

export interface PreparedText {
  /** Stemmed unigrams and adjacent-pair bigrams ("stem1 stem2"). */
  features: string[];
  /** For each feature, the surface words it came from, for readable labels. */
  surfaces: string[];
}

export interface TextPrepOptions {
  /** Words to drop besides stop words: the brand's own names, lowercased. */
  dropWords: Set<string>;
  bigrams: boolean;
}

const stemmers = new Map<string, Stemmer>();

function stemmer(lang: string): Stemmer {
  let stem = stemmers.get(lang);
  if (!stem) stemmers.set(lang, (stem = stemmerFor(lang)));
  return stem;
}

/** The words of a brand's names and aliases ("Pakkit app", "#pakkit", "@rushbee_app") that prepared text must not contain. */
export function brandWords(names: string[]): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    const bare = name.toLowerCase().replace(/[#@"*]/g, ' ');
    for (const word of bare.match(TOKEN_PATTERN) ?? []) words.add(word);
    words.add(bare.replace(/\s+/g, '').trim());
  }
  return words;
}

/** URLs, handles, brand names and stop words out; Unicode word tokens and their stems, in text order. */
export function prepareStems(text: string, lang: string, dropWords: Set<string>): { stems: string[]; words: string[] } {
  const stop = stopWords(lang);
  const stem = stemmer(lang);
  const cleaned = text.replace(RETWEET_PREFIX, '').replace(URL_PATTERN, ' ').replace(HANDLE_PATTERN, ' ').toLowerCase();
  const words: string[] = [];
  for (const match of cleaned.matchAll(TOKEN_PATTERN)) {
    const word = match[0].replace(/^'+|'+$/g, '');
    if (word.length < 2 || !HAS_LETTER.test(word) || stop.has(word) || dropWords.has(word)) continue;
    words.push(word);
  }
  return { stems: words.map(stem), words };
}

/** URLs, handles, brand names and stop words out; Unicode word tokens, stemmed per language; 1–2-grams. */
export function prepareText(text: string, lang: string, options: TextPrepOptions): PreparedText {
  const { stems, words } = prepareStems(text, lang, options.dropWords);
  const features = [...stems];
  const surfaces = [...words];
  if (options.bigrams) {
    for (let i = 1; i < stems.length; i++) {
      if (stems[i - 1] === stems[i]) continue;
      features.push(`${stems[i - 1]} ${stems[i]}`);
      surfaces.push(`${words[i - 1]} ${words[i]}`);
    }
  }
  return { features, surfaces };
}
