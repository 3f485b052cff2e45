import type { QueryNode } from './ast.ts';
import { lex, type QueryToken } from './lexer.ts';
import { parsePhrase, parseWordToken } from './parse-term.ts';
import { QuerySyntaxError } from './syntax-error.ts';
import { checkQuery } from './check-query.ts';

const TERM_EXPECTED = 'expected a word, a "phrase", a #hashtag, an @handle or (';

function describe(token: QueryToken): string {
  if (token.kind === 'end') return 'the end of the query';
  if (token.kind === 'phrase') return `"${token.text}"`;
  return `"${token.text}"`;
}

/**
 * Parses the Boolean query language (docs/topics.md). Precedence, tightest first: NOT, NEAR/n, AND,
 * OR; `a NOT b` means `a AND NOT b`. Operators are upper case; a lower-case "and" is a word.
 */
export function parseQuery(query: string): QueryNode {
  const tokens = lex(query);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];

  const primary = (): QueryNode => {
    const token = next();
    if (token.kind === 'word') return parseWordToken(query, token.text, token.start, token.end);
    if (token.kind === 'phrase') return parsePhrase(query, token.text, token.start, token.end);
    if (token.kind === 'lparen') {
      const inner = or();
      const close = next();
      if (close.kind !== 'rparen') throw new QuerySyntaxError(query, close.start, `expected ) to close the ( at character ${token.start + 1}, found ${describe(close)}`);
      return inner;
    }
    throw new QuerySyntaxError(query, token.start, `${TERM_EXPECTED}, found ${describe(token)}`);
  };

  const near = (): QueryNode => {
    const left = primary();
    if (peek().kind !== 'near') return left;
    const op = next();
    const right = primary();
    if (peek().kind === 'near') throw new QuerySyntaxError(query, peek().start, 'NEAR/n joins two operands; use parentheses and AND for a third, as in (a NEAR/3 b) AND (b NEAR/3 c)');
    return { type: 'near', left, right, distance: op.distance!, ordered: op.ordered!, start: left.start, end: right.end };
  };

  const unary = (): QueryNode => {
    if (peek().kind !== 'not') return near();
    const op = next();
    const child = unary();
    return { type: 'not', child, start: op.start, end: child.end };
  };

  const and = (): QueryNode => {
    const children = [unary()];
    for (;;) {
      const token = peek();
      if (token.kind === 'and') {
        next();
        children.push(unary());
      } else if (token.kind === 'not') {
        children.push(unary());
      } else if (token.kind === 'word' || token.kind === 'phrase' || token.kind === 'lparen') {
        throw new QuerySyntaxError(
          query,
          token.start,
          'expected AND, OR, NOT, NEAR/n or ) before this term; to match words side by side, quote them: "pakkit app"',
        );
      } else break;
    }
    return children.length === 1 ? children[0] : { type: 'and', children, start: children[0].start, end: children.at(-1)!.end };
  };

  const or = (): QueryNode => {
    const children = [and()];
    while (peek().kind === 'or') {
      next();
      children.push(and());
    }
    return children.length === 1 ? children[0] : { type: 'or', children, start: children[0].start, end: children.at(-1)!.end };
  };

  const root = or();
  const rest = peek();
  if (rest.kind === 'rparen') throw new QuerySyntaxError(query, rest.start, 'this ) has no matching (');
  if (rest.kind !== 'end') throw new QuerySyntaxError(query, rest.start, `expected AND, OR or the end of the query, found ${describe(rest)}`);
  checkQuery(query, root);
  return root;
}
