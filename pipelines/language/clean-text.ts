const NOISE_RE = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_.]+|[^\p{L}\p{M}\s]+/gu;
const SPACE_RE = /\s{2,}/gu;

/** Longest text a detector sees; the first few hundred letters decide a language as well as a megabyte does. */
export const MAX_DETECT_CHARS = 300;

/** ES2024 string methods (Node ≥ 20); the project's TypeScript lib is ES2022. */
interface WellFormed {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

/** Replaces lone UTF-16 surrogates (broken emoji from truncated exports) with U+FFFD. */
export function repairSurrogates(text: string): string {
  const native = text as string & WellFormed;
  return native.isWellFormed() ? text : native.toWellFormed();
}

/**
 * Keeps only the words a language detector should judge: URLs, @handles, #hashtags, emoji,
 * symbols, digits and punctuation are dropped, spaces collapsed.
 */
export function cleanForDetection(text: string, maxChars = MAX_DETECT_CHARS): string {
  const head = text.length > maxChars * 2 ? text.slice(0, maxChars * 2) : text;
  const cleaned = repairSurrogates(head).replace(NOISE_RE, ' ').replace(SPACE_RE, ' ').trim();
  return cleaned.length > maxChars ? cleaned.slice(0, maxChars) : cleaned;
}

const LETTER_RE = /\p{L}/gu;

/** Counts letters, stopping at `enough`; detection on fewer than a handful of letters is a guess, not a result. */
export function hasLetters(text: string, enough: number): boolean {
  LETTER_RE.lastIndex = 0;
  let n = 0;
  while (n < enough && LETTER_RE.exec(text)) n++;
  return n >= enough;
}
