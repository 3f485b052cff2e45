import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cacheKey, derived } from './derived-cache.ts';

/**
 * eld's n-gram database (Nito-ELD, "small": 60 languages), re-indexed for speed. eld's own
 * `detect()` builds a string per n-gram, walks a plain object per n-gram and sorts every
 * language's score to report confidence: 20–40 µs per tweet. Here each n-gram (at most six of
 * eld's one-character byte stand-ins) is packed into one number, and scores sit in typed arrays.
 */
export interface NgramIndex {
  languages: string[];
  /** Packed n-gram → position in `start`. */
  slots: PackedTable;
  /** Entries of slot s are start[s] … start[s + 1] − 1 of `lang` and `score`. */
  start: Uint32Array;
  lang: Uint8Array;
  score: Float64Array;
  /** Code (1–255) of each UTF-8 byte value as eld spells it, for packing. */
  byteCode: Uint8Array;
  /** 1 for the UTF-16 code units eld treats as letters (its separators are everything else). */
  isLetter: Uint8Array;
  /** Average scaled score of a correct detection, per language index (eld's reliability check). */
  average: Float64Array;
}

const mix = (key: number): number => {
  const lo = key % 0x1000000;
  return Math.imul(lo ^ Math.imul((key - lo) / 0x1000000, 0x9e3779b1), 0x85ebca6b);
};

/**
 * Open-addressing hash table from packed n-grams (integers below 2^48) to slots. A Map would box
 * each key above 2^31 as a heap number; typed arrays do not allocate per lookup.
 */
export class PackedTable {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(capacityBits: number, keys?: Float64Array, values?: Int32Array) {
    this.keys = keys ?? new Float64Array(1 << capacityBits).fill(-1);
    this.values = values ?? new Int32Array(1 << capacityBits);
    this.shift = 32 - capacityBits;
    this.mask = (1 << capacityBits) - 1;
  }

  /** The arrays behind the table, to store and rebuild it. */
  get arrays(): { keys: Float64Array; values: Int32Array } {
    return { keys: this.keys, values: this.values };
  }

  set(key: number, value: number): void {
    let h = mix(key) >>> this.shift;
    while (this.keys[h] !== -1 && this.keys[h] !== key) h = (h + 1) & this.mask;
    this.keys[h] = key;
    this.values[h] = value;
  }

  /** The value, or −1. Negative keys (the empty-cell marker) are never stored. */
  get(key: number): number {
    if (key < 0) return -1;
    for (let h = mix(key) >>> this.shift; ; h = (h + 1) & this.mask) {
      const k = this.keys[h];
      if (k === key) return this.values[h];
      if (k === -1) return -1;
    }
  }
}

/** eld stores scores minus this constant to keep its database small. */
const BASE_SCORE = 53;
/** The longest n-gram in the database, in byte stand-ins; 6 × 8 bits fit a double exactly. */
export const MAX_NGRAM = 6;

/** The package exports only entry points; its data modules are found next to them. */
function eldSource(): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths('eld') ?? []) {
    const src = join(dir, 'eld', 'src');
    if (existsSync(join(src, 'ngrams', 'small.js'))) return src;
  }
  throw new Error('The eld package is not installed: run npm install.');
}

async function buildIndex(src: string): Promise<NgramIndex> {
  const load = (file: string) => import(pathToFileURL(join(src, file)).href);
  const [{ ngramsData }, { dictionary }, { avgScore }, { separators }] = await Promise.all([
    load('ngrams/small.js'),
    load('dictionary.js'),
    load('avgScore.js'),
    load('regexPatterns.js'),
  ]);
  // eld spells ASCII bytes as themselves and higher bytes with dictionary characters.
  const chars = (dictionary as string[]).map((c, byte) => (byte < 0x80 ? String.fromCharCode(byte) : c));
  const codeOfChar = new Map<string, number>();
  for (const c of chars) if (!codeOfChar.has(c)) codeOfChar.set(c, codeOfChar.size + 1);
  const byteCode = Uint8Array.from(chars, (c) => codeOfChar.get(c)!);
  const pack = (gram: string): number => {
    let key = 0;
    for (const c of gram) key = key * 256 + (codeOfChar.get(c) ?? 0);
    return key;
  };

  const codes = ngramsData.languages as Record<string, string>;
  const languages = Object.keys(codes)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => codes[k]);
  const ngrams = ngramsData.ngrams as Record<string, Record<string, number>>;
  const keys = Object.keys(ngrams);
  let total = 0;
  for (const key of keys) for (const _ in ngrams[key]) total++;
  const slots = new PackedTable(TABLE_BITS);
  const start = new Uint32Array(keys.length + 1);
  const lang = new Uint8Array(total);
  const score = new Float64Array(total);
  let at = 0;
  keys.forEach((key, s) => {
    if (key.length <= MAX_NGRAM) slots.set(pack(key), s);
    start[s] = at;
    for (const id in ngrams[key]) {
      lang[at] = Number(id);
      score[at++] = ngrams[key][id] + BASE_SCORE;
    }
  });
  start[keys.length] = at;

  const isLetter = new Uint8Array(0x10000);
  const separator = new RegExp(separators.source, separators.flags.replace('g', ''));
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c < 0xe000) continue;
    isLetter[c] = separator.test(String.fromCharCode(c)) ? 0 : 1;
  }
  // eld keeps apostrophes inside words; text cleaned for detection has none.
  for (const c of [0x27, 0x60, 0x2019]) isLetter[c] = 0;
  const average = Float64Array.from(languages, (code) => (avgScore as Record<string, number>)[code] ?? 0);
  return { languages, slots, start, lang, score, byteCode, isLetter, average };
}

const TABLE_BITS = 18;

type StoredIndex = Omit<NgramIndex, 'slots'> & { keys: Float64Array; values: Int32Array };

/** The index, from node_modules/.cache when it was built before for this eld version and this file. */
async function loadIndex(): Promise<NgramIndex> {
  const src = eldSource();
  const version = String(JSON.parse(readFileSync(join(src, '..', 'package.json'), 'utf8')).version);
  const key = cacheKey(version, readFileSync(fileURLToPath(import.meta.url), 'utf8'), readFileSync(fileURLToPath(new URL('./derived-cache.ts', import.meta.url)), 'utf8'));
  let built: NgramIndex | undefined;
  const stored = await derived<StoredIndex>('eld-small', key, async () => {
    built = await buildIndex(src);
    const { slots, ...rest } = built;
    return { ...rest, ...slots.arrays };
  });
  return built ?? { ...stored, slots: new PackedTable(TABLE_BITS, stored.keys, stored.values) };
}

export const ngramIndex: NgramIndex = await loadIndex();
