/**
 * The JavaScript twin of queries/topics/topic_texts.sql: both must cut a text into the same words.
 * SQL: links removed, split on runs of characters that are not letters, digits, marks or "_", each
 * distinct word folded by lower(strip_accents(word)) (a run of marks alone is no word, as folding
 * strips it); a word that changes between Arabic and Latin script also counts as its parts.
 * strip_accents (utf8proc STRIPMARK) drops every combining mark, as NFD plus removing \p{M} does here.
 */
const MARKS = /\p{M}/gu;
const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
const LINK = /https?:\/\/\S+/giu;
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
const HANDLE = /@([\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*)/gu;
// Arabic clitics attach to a Latin brand name ("وPakkit", "and Pakkit"): the parts either side of a change of script are words too.
const ARABIC_LATIN = /(\p{Script=Arabic})(\p{Script=Latin})/gu;
const LATIN_ARABIC = /(\p{Script=Latin})(\p{Script=Arabic})/gu;

export function normalizeWord(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').normalize('NFC').toLowerCase();
}

export interface Token {
  /** Normalized word. */
  text: string;
  /** 1-based position among the words (SQL's may be one more, after an empty first word; only distances count); the parts of a word that changes script share one. */
  pos: number;
  /** Offsets in the original text (UTF-16, end exclusive), for highlighting. */
  start: number;
  end: number;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The words of a text with their positions and where they sit in the original. */
export function tokenize(text: string): Token[] {
  const blanked = text.replace(LINK, (link) => ' '.repeat(link.length));
  const tokens: Token[] = [];
  let pos = 0;
  for (const match of blanked.matchAll(WORD)) {
    if (isAscii(match[0])) {
      // Letters, digits and "_" only: nothing to strip, split or cut by script.
      tokens.push({ text: match[0].toLowerCase(), pos: ++pos, start: match.index!, end: match.index! + match[0].length });
      continue;
    }
    const normalized = normalizeWord(match[0]);
    // A run of marks alone (an emoji's variation selector) is stripped to nothing in SQL too.
    for (const word of normalized.split(/[^\p{L}\p{N}\p{M}_]+/u)) {
      if (!word) continue;
      pos++;
      const parts = word.replace(ARABIC_LATIN, '$1 $2').replace(LATIN_ARABIC, '$1 $2').split(' ');
      // The parts of a word that changes script share its position (queries/topics/topic_token_words.sql).
      for (const part of parts) tokens.push({ text: part, pos, start: match.index!, end: match.index! + match[0].length });
    }
  }
  return tokens;
}

/** Title and body as one text, the way SQL joins them. */
export function mentionText(title: string | null | undefined, body: string | null | undefined): string {
  return [title, body].filter((part) => part != null).join(' \n ');
}

/** Hashtags written in the text, normalized (the export's own list is added to these). */
export function hashtagsIn(text: string): string[] {
  return [...text.matchAll(HASHTAG)].map((m) => normalizeWord(m[1]));
}

export function handlesIn(text: string): string[] {
  return [...text.matchAll(HANDLE)].map((m) => m[1].toLowerCase());
}
