import { QuerySyntaxError } from './syntax-error.ts';

export type TokenKind = 'word' | 'phrase' | 'and' | 'or' | 'not' | 'near' | 'lparen' | 'rparen' | 'end';

export interface QueryToken {
  kind: TokenKind;
  /** The text as written (a phrase without its quotes). */
  text: string;
  start: number;
  end: number;
  /** NEAR/n: n, and whether `f` (first operand first) was given. */
  distance?: number;
  ordered?: boolean;
}

const OPEN_QUOTES = new Set(['"', '“', '”', '„']);
const CLOSE_QUOTES = new Set(['"', '“', '”']);
const SPECIAL = /[\s()"“”„]/u;

/** Cuts a query into words, "phrases", parentheses and the upper-case operators AND, OR, NOT, NEAR/n. */
export function lex(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i];
    if (/\s/u.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch === '(' ? 'lparen' : 'rparen', text: ch, start: i, end: i + 1 });
      i++;
    } else if (OPEN_QUOTES.has(ch)) {
      let j = i + 1;
      while (j < query.length && !CLOSE_QUOTES.has(query[j])) j++;
      if (j >= query.length) throw new QuerySyntaxError(query, i, 'this quote is never closed; end the phrase with "');
      tokens.push({ kind: 'phrase', text: query.slice(i + 1, j), start: i, end: j + 1 });
      i = j + 1;
    } else {
      let j = i;
      while (j < query.length && !SPECIAL.test(query[j])) j++;
      tokens.push(wordToken(query, query.slice(i, j), i, j));
      i = j;
    }
  }
  tokens.push({ kind: 'end', text: '', start: query.length, end: query.length });
  return tokens;
}

function wordToken(query: string, text: string, start: number, end: number): QueryToken {
  if (text === 'AND' || text === 'OR' || text === 'NOT') return { kind: text.toLowerCase() as TokenKind, text, start, end };
  if (text === 'NEAR' || text.startsWith('NEAR/')) {
    const near = /^NEAR\/(\d+)(f?)$/.exec(text);
    if (!near) throw new QuerySyntaxError(query, start + Math.min(text.length, 5), 'expected a distance after NEAR/, such as NEAR/3 (or NEAR/3f for "in this order")');
    const distance = Number(near[1]);
    if (distance > 50) throw new QuerySyntaxError(query, start + 5, 'NEAR/n takes a distance of at most 50 words');
    return { kind: 'near', text, start, end, distance, ordered: near[2] === 'f' };
  }
  return { kind: 'word', text, start, end };
}
