import type { LanguageDetector, LanguageGuess } from './detector.ts';
import { MAX_NGRAM, ngramIndex, type NgramIndex } from './eld-ngrams.ts';

export interface EldOptions {
  /** Texts with fewer letters than this (after cleaning) are left unknown. */
  minLetters?: number;
  /** Restrict answers to these ISO 639-1 codes (a team that listens in five languages). */
  languages?: string[];
}

const UNKNOWN: LanguageGuess = { lang: null, confidence: 0 };
/** eld's constants: bytes read before cutting at the next word break / anywhere; longest word; score scale; reliability ratio. */
const CUT_AFTER = 350;
const ENFORCE_CUT_AFTER = 380;
const MAX_WORD = 70;
const SCALE = 25;
const RELIABLE_RATIO = 0.75;
/** Characters read from a text: URLs and handles are skipped, and eld stops after 380 bytes of words. */
const MAX_READ = 2_000;
/** A word longer than MAX_NGRAM stand-ins at its end gives an n-gram no database entry can match. */
const NO_ENTRY = -1;

/** eld's 0–1 score of a language: its n-gram sum per n-gram, squashed. */
const scaled = (sum: number, count: number): number => sum / count / (sum / count + SCALE);

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The distinct n-grams of one text, packed; a stamp per cell saves clearing between texts. */
class GramSet {
  readonly keys = new Float64Array(1024);
  private readonly stamps = new Uint32Array(1024);
  private stamp = 1;
  size = 0;
  readonly list = new Float64Array(1024);

  reset(): void {
    this.stamp++;
    this.size = 0;
  }

  add(key: number): void {
    if (this.size >= 512) return;
    let h = (key % 1021) & 1023;
    while (this.stamps[h] === this.stamp) {
      if (this.keys[h] === key) return;
      h = (h + 1) & 1023;
    }
    this.stamps[h] = this.stamp;
    this.keys[h] = key;
    this.list[this.size++] = key;
  }
}

/** eld's n-grams of one word (spelled as byte codes in `word[0 … w)`): 4-byte windows with stride 3, the first marked by a leading space, the last by a trailing one. */
function addWordGrams(word: Uint8Array, w: number, space: number, grams: GramSet, longWords: number): number {
  const len = Math.min(w, MAX_WORD);
  let j = 0;
  for (; j + 4 < len; j += 3) {
    let key = j === 0 ? space : 0;
    for (let k = j; k < j + 4; k++) key = key * 256 + word[k];
    grams.add(key);
  }
  const from = len !== 3 ? Math.max(0, len - 4) : 0;
  if ((j === 0 ? 1 : 0) + (w - from) + 1 > MAX_NGRAM) {
    grams.add(NO_ENTRY - longWords);
    return longWords + 1;
  }
  let key = j === 0 ? space : 0;
  for (let k = from; k < w; k++) key = key * 256 + word[k];
  grams.add(key * 256 + space);
  return longWords;
}

/**
 * The n-grams eld would take from the text after `cleanForDetection`, packed as numbers: the text is
 * read once, skipping URLs, @handles and #hashtags; eld's letters form words (everything else
 * separates them), each spelled as UTF-8 bytes. Returns the number of letters seen.
 */
function collectNgrams(text: string, index: NgramIndex, word: Uint8Array, grams: GramSet): number {
  const { byteCode, isLetter } = index;
  const space = byteCode[32];
  const str = (text.length > MAX_READ ? text.slice(0, MAX_READ) : text).toLowerCase();
  const room = word.length - 3;
  let w = 0;
  let bytes = 0;
  let letters = 0;
  let longWords = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (w === 0 && ((c === 104 && (str.startsWith('http://', i) || str.startsWith('https://', i))) || (c === 119 && str.startsWith('www.', i)))) {
      while (i + 1 < str.length && str.charCodeAt(i + 1) > 32) i++;
      continue;
    }
    if (isLetter[c]) {
      letters++;
      if (c < 0x80) {
        if (w < room) word[w++] = byteCode[c];
        bytes++;
      } else if (c < 0x800) {
        if (w < room) {
          word[w++] = byteCode[0xc0 | (c >> 6)];
          word[w++] = byteCode[0x80 | (c & 0x3f)];
        }
        bytes += 2;
      } else {
        if (w < room) {
          word[w++] = byteCode[0xe0 | (c >> 12)];
          word[w++] = byteCode[0x80 | ((c >> 6) & 0x3f)];
          word[w++] = byteCode[0x80 | (c & 0x3f)];
        }
        bytes += 3;
      }
      if (bytes > ENFORCE_CUT_AFTER) break;
      continue;
    }
    if (w > 0) {
      longWords = addWordGrams(word, w, space, grams, longWords);
      w = 0;
      bytes++;
      if (bytes > CUT_AFTER) break;
    }
    if ((c === 64 || c === 35) && i + 1 < str.length) {
      // @handle or #hashtag: letters, digits, _ and . after the sign.
      let k = i + 1;
      for (let d = str.charCodeAt(k); k < str.length && (isLetter[d] || isDigit(d) || d === 95 || d === 46); d = str.charCodeAt(++k));
      if (k > i + 1) i = k - 1;
    }
  }
  if (w > 0) addWordGrams(word, w, space, grams, longWords);
  return letters;
}

/**
 * The default detector: eld's n-gram database and scoring (Nito-ELD, small) over typed arrays, on
 * text cleaned of handles, tags, URLs and emoji. Confidence is the winner's margin over the
 * runner-up on eld's scaled scores, halved when eld's own reliability test fails.
 */
export function eldDetector(options: EldOptions = {}, index: NgramIndex = ngramIndex): LanguageDetector {
  const minLetters = options.minLetters ?? 3;
  const n = index.languages.length;
  const allowed = new Uint8Array(n).fill(options.languages?.length ? 0 : 1);
  for (const code of options.languages ?? []) {
    const at = index.languages.indexOf(code);
    if (at >= 0) allowed[at] = 1;
  }
  const sums = new Float64Array(n);
  const grams = new GramSet();
  const word = new Uint8Array(MAX_WORD * 4);
  return {
    name: 'eld-small',
    detect(text: string): LanguageGuess {
      grams.reset();
      if (typeof text !== 'string' || collectNgrams(text, index, word, grams) < minLetters) return UNKNOWN;
      sums.fill(0);
      for (let g = 0; g < grams.size; g++) {
        const slot = index.slots.get(grams.list[g]);
        if (slot < 0) continue;
        for (let e = index.start[slot], end = index.start[slot + 1]; e < end; e++) sums[index.lang[e]] += index.score[e];
      }
      let best = -1;
      let second = -1;
      for (let l = 0; l < n; l++) {
        if (!allowed[l] || !(sums[l] > 0)) continue;
        if (best < 0 || sums[l] > sums[best]) {
          second = best;
          best = l;
        } else if (second < 0 || sums[l] > sums[second]) second = l;
      }
      if (best < 0) return UNKNOWN;
      const count = grams.size;
      const top = scaled(sums[best], count);
      const next = second >= 0 ? scaled(sums[second], count) : 0;
      const reliable = count >= 3 && index.average[best] * RELIABLE_RATIO <= top && Math.abs(top - next) >= 0.01;
      const value = 0.5 + (0.5 * (top - next)) / top;
      return { lang: index.languages[best], confidence: Math.round((reliable ? value : value / 2) * 1000) / 1000 };
    },
  };
}
