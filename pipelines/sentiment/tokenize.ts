/** word, emoji, emoticon, a run of "!", a run of "?" */
export type TokenKind = 'word' | 'emoji' | 'emoticon' | '!' | '?';

export interface Token {
  kind: TokenKind;
  text: string;
}

/** Character classes of BMP code units, as bit flags (built once from Unicode property escapes). */
const WORD = 1; // \p{L}\p{M}\p{N}_
const LETTER_OR_MARK = 2; // \p{L}\p{M}
const HANDLE = 4; // \p{L}\p{N}_
const PICTOGRAPH = 8; // \p{Extended_Pictographic} and ♡♥★☆
const EMOTICON_START = 16;

const WORD_RE = /[\p{L}\p{M}\p{N}_]/u;
const LETTER_OR_MARK_RE = /[\p{L}\p{M}]/u;
const HANDLE_RE = /[\p{L}\p{N}_]/u;
const PICTOGRAPH_RE = /[\p{Extended_Pictographic}♡♥★☆]/u;

function classify(char: string): number {
  return (
    (WORD_RE.test(char) ? WORD : 0) |
    (LETTER_OR_MARK_RE.test(char) ? LETTER_OR_MARK : 0) |
    (HANDLE_RE.test(char) ? HANDLE : 0) |
    (PICTOGRAPH_RE.test(char) ? PICTOGRAPH : 0)
  );
}

const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c >= 0xe000) CLASS[c] = classify(String.fromCharCode(c));
for (const c of '<>:;=)](}[{') CLASS[c.charCodeAt(0)] |= EMOTICON_START;

const EMOJI_RE = /\p{Extended_Pictographic}(?:[\u{FE0F}\u{200D}\p{Emoji_Modifier}]+\p{Extended_Pictographic}?)*|[♡♥★☆]/uy;
const EMOTICON_RE = /(?:[<>]?[:;=8][\-o*']?[)\](\[dDpP/\\}{@|3]+)|<\/?3+|[)\](\[}{][\-o*']?[:;=]/uy;
const EMOJI_VARIATION_RE = /[\u{FE0F}\p{Emoji_Modifier}]/gu;

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
/** What `\s` matches. */
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The class of the code point at `i` (astral ones classified on the spot) and its length in code units. */
function classAt(text: string, i: number): [number, number] {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return [classify(text.slice(i, i + 2)), 2];
  }
  return [c >= 0xd800 && c < 0xe000 ? 0 : CLASS[c], 1];
}

/** End of the run of code points having `flag` from `i`. */
function runEnd(text: string, i: number, flag: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c >= 0xe000) {
      if (!(CLASS[c] & flag)) break;
      i++;
    } else {
      const [cls, size] = classAt(text, i);
      if (!(cls & flag)) break;
      i += size;
    }
  }
  return i;
}

/**
 * Tokens the scorer weighs: words (hashtags as their words), emoji, emoticons, runs of ! and ?;
 * URLs and @handles are dropped. Words may hold apostrophes ("don't", "rock'n'roll") and end with one.
 * A hand-written scanner: one Unicode-aware regular expression over every text cost more than the
 * rest of the scorer.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 32) {
      i++;
      continue;
    }
    if ((c === 104 && (text.startsWith('http://', i) || text.startsWith('https://', i))) || (c === 119 && text.startsWith('www.', i))) {
      while (i < n && !isSpace(text.charCodeAt(i))) i++;
      continue;
    }
    if (c === 64 || c === 35) {
      const end = runEnd(text, i + 1, c === 64 ? HANDLE : WORD);
      if (end > i + 1) {
        if (c === 35) tokens.push({ kind: 'word', text: text.slice(i + 1, end) });
        i = end;
        continue;
      }
    }
    const [cls, size] = classAt(text, i);
    if (cls & WORD) {
      let end = runEnd(text, i, WORD);
      while (end + 1 < n && isApostrophe(text.charCodeAt(end))) {
        const after = runEnd(text, end + 1, LETTER_OR_MARK);
        if (after === end + 1) break;
        end = after;
      }
      if (end < n && isApostrophe(text.charCodeAt(end))) end++;
      tokens.push({ kind: 'word', text: text.slice(i, end) });
      i = end;
      continue;
    }
    if (cls & PICTOGRAPH) {
      EMOJI_RE.lastIndex = i;
      const match = EMOJI_RE.exec(text);
      if (match) {
        tokens.push({ kind: 'emoji', text: match[0].replace(EMOJI_VARIATION_RE, '') });
        i += match[0].length;
        continue;
      }
    }
    if (cls & EMOTICON_START) {
      EMOTICON_RE.lastIndex = i;
      const match = EMOTICON_RE.exec(text);
      if (match) {
        tokens.push({ kind: 'emoticon', text: match[0] });
        i += match[0].length;
        continue;
      }
    }
    if (c === 33 || c === 63) {
      let end = i + 1;
      while (end < n && text.charCodeAt(end) === c) end++;
      tokens.push({ kind: c === 33 ? '!' : '?', text: text.slice(i, end) });
      i = end;
      continue;
    }
    i += size;
  }
  return tokens;
}
