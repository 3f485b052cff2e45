import type { LeafNode, WordPattern } from './ast.ts';
import { normalizeWord, tokenize } from './normalize.ts';
import { QuerySyntaxError } from './syntax-error.ts';

/** Fuzzy matching on short words matches far too much: ~1 needs 4 letters, ~2 needs 7. */
const FUZZY_MIN_LENGTH = [0, 4, 7];
const PREFIX_MIN_LENGTH = 3;

/** The words of one written word or phrase piece: `deliver*`, `pakkit~1`, `e-mail` (two words). */
function parseWords(query: string, text: string, start: number, inPhrase = false): WordPattern[] {
  let body = text;
  let edits = 0;
  const fuzzy = /~(\d*)$/.exec(body);
  if (fuzzy) {
    edits = fuzzy[1] === '' ? 1 : Number(fuzzy[1]);
    if (edits < 1 || edits > 2) throw new QuerySyntaxError(query, start + fuzzy.index, 'fuzzy matching takes ~1 or ~2 (the most letters that may differ)');
    body = body.slice(0, fuzzy.index);
  }
  const prefix = body.endsWith('*');
  if (prefix) body = body.slice(0, -1);
  const star = body.indexOf('*');
  if (star >= 0) throw new QuerySyntaxError(query, start + star, 'a wildcard * goes only at the end of a word, as in deliver*');
  if (prefix && edits) throw new QuerySyntaxError(query, start + body.length, 'a word takes either a wildcard * or fuzzy ~n, not both');
  const words = tokenize(body).map((token) => token.text);
  // Punctuation between the words of a phrase separates them, as it does in the text.
  if (!words.length && inPhrase && !prefix && !edits) return [];
  if (!words.length) throw new QuerySyntaxError(query, start, `"${text}" has no letters or digits to match`);
  if (edits && words.length > 1) throw new QuerySyntaxError(query, start, 'fuzzy ~n applies to a single word; write each word of a phrase with its own ~n');
  const last = words[words.length - 1];
  if (prefix && last.length < PREFIX_MIN_LENGTH)
    throw new QuerySyntaxError(query, start, `a wildcard needs at least ${PREFIX_MIN_LENGTH} letters before the *, as in deliver*`);
  if (edits && [...last].length < FUZZY_MIN_LENGTH[edits])
    throw new QuerySyntaxError(query, start, `fuzzy ~${edits} needs a word of at least ${FUZZY_MIN_LENGTH[edits]} letters; list short misspellings instead`);
  return words.map((word, i) => ({ text: word, prefix: prefix && i === words.length - 1, edits }));
}

/** A bare word: `#tag`, `@handle`, or a term (several words when it holds punctuation, like e-mail). */
export function parseWordToken(query: string, text: string, start: number, end: number): LeafNode {
  if (text.startsWith('#') || text.startsWith('@')) {
    const tag = text[0] === '#' ? 'hashtag' : 'handle';
    const prefix = text.endsWith('*');
    const body = text.slice(1, prefix ? -1 : undefined);
    const allowed = tag === 'hashtag' ? /^[\p{L}\p{N}\p{M}_]+$/u : /^[\p{L}\p{N}_]+(\.[\p{L}\p{N}_]+)*$/u;
    if (!allowed.test(body)) {
      const what = tag === 'hashtag' ? 'a hashtag is # followed by letters, digits or _, as in #pakkit' : 'a handle is @ followed by letters, digits, _ or ., as in @pakkit';
      throw new QuerySyntaxError(query, start + 1, what);
    }
    const normalized = tag === 'hashtag' ? normalizeWord(body) : body.toLowerCase();
    return { type: 'tag', tag, text: normalized, prefix, start, end };
  }
  return { type: 'term', words: parseWords(query, text, start), quoted: false, start, end };
}

/** The inside of "…": words that must follow each other; each may carry * or ~n. */
export function parsePhrase(query: string, text: string, start: number, end: number): LeafNode {
  const words: WordPattern[] = [];
  for (const piece of text.matchAll(/\S+/gu)) words.push(...parseWords(query, piece[0], start + 1 + piece.index!, true));
  if (words.length > 32) throw new QuerySyntaxError(query, start, 'a phrase takes at most 32 words');
  if (!words.length) throw new QuerySyntaxError(query, start, 'this phrase is empty; put words between the quotes');
  return { type: 'term', words, quoted: true, start, end };
}
