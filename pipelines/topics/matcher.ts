import { printLeaf, printQuery, type LeafNode, type QueryNode, type WordPattern } from './ast.ts';
import { editDistance } from './edit-distance.ts';
import { groupBy } from '../lib/group-by.ts';
import { handlesIn, hashtagsIn, mentionText, normalizeWord, tokenize, type Token } from './normalize.ts';

/** A mention as the matcher sees it; the JavaScript twin of a topic_texts row. */
export interface MatchText {
  text: string;
  tokens: Token[];
  hashtags: Set<string>;
  handles: Set<string>;
}

/** Where a leaf was found: word positions (1-based, inclusive) and offsets in the text. */
export interface Occurrence {
  startPos: number;
  endPos: number;
  start: number;
  end: number;
}

export function matchText(mention: { title?: string | null; body?: string | null; hashtags?: string[] | null; handles?: string[] | null }): MatchText {
  const text = mentionText(mention.title, mention.body);
  return {
    text,
    tokens: tokenize(text),
    hashtags: new Set([...(mention.hashtags ?? []).map(normalizeWord), ...hashtagsIn(text)]),
    handles: new Set([...(mention.handles ?? []).map((h) => h.toLowerCase().replace(/^@/, '')), ...handlesIn(text)]),
  };
}

export function wordMatches(word: WordPattern, token: string): boolean {
  if (word.prefix) return token.startsWith(word.text);
  if (word.edits) return editDistance(token, word.text, word.edits) <= word.edits;
  return token === word.text;
}

function tagMatches(leaf: Extract<LeafNode, { type: 'tag' }>, value: string): boolean {
  return leaf.prefix ? value.startsWith(leaf.text) : value === leaf.text;
}

const positions = new WeakMap<Token[], Map<number, Token[]>>();

/** A mention's tokens by position, worked out once for all the leaves looked up in it. */
function tokensByPosition(tokens: Token[]): Map<number, Token[]> {
  let byPos = positions.get(tokens);
  if (!byPos) positions.set(tokens, (byPos = groupBy(tokens, (token) => token.pos)));
  return byPos;
}

/** Every place a leaf occurs; a tag from the export's list that is not in the text occurs without a place. */
export function occurrences(leaf: LeafNode, mention: MatchText): Occurrence[] {
  if (leaf.type === 'tag') {
    const values = leaf.tag === 'hashtag' ? mention.hashtags : mention.handles;
    if (![...values].some((v) => tagMatches(leaf, v))) return [];
    const sign = leaf.tag === 'hashtag' ? '#' : '@';
    const found = mention.tokens.filter((t) => mention.text[t.start - 1] === sign && tagMatches(leaf, t.text));
    return found.length ? found.map((t) => ({ startPos: t.pos, endPos: t.pos, start: t.start - 1, end: t.end })) : [{ startPos: 0, endPos: 0, start: 0, end: 0 }];
  }
  // By position, as SQL does (queries/topics/topic_leaf_hits.sql): the parts of a word share one.
  const byPos = tokensByPosition(mention.tokens);
  const found: Occurrence[] = [];
  const n = leaf.words.length;
  for (const first of mention.tokens) {
    if (!wordMatches(leaf.words[0], first.text)) continue;
    let last: Token | undefined = first;
    for (let k = 1; k < n && last; k++) last = byPos.get(first.pos + k)?.find((t) => wordMatches(leaf.words[k], t.text));
    if (last) found.push({ startPos: first.pos, endPos: first.pos + n - 1, start: first.start, end: last.end });
  }
  return found;
}

function operandOccurrences(node: QueryNode, mention: MatchText): Occurrence[] {
  if (node.type === 'term' || node.type === 'tag') return occurrences(node, mention);
  if (node.type === 'or') return node.children.flatMap((child) => operandOccurrences(child, mention));
  return [];
}

/** NEAR/n: at most n words between the two, either way round unless ordered. */
export function nearMatches(node: Extract<QueryNode, { type: 'near' }>, mention: MatchText): boolean {
  const left = operandOccurrences(node.left, mention);
  const right = operandOccurrences(node.right, mention);
  const within = (a: Occurrence, b: Occurrence) => b.startPos - a.endPos - 1 >= 0 && b.startPos - a.endPos - 1 <= node.distance;
  return left.some((a) => right.some((b) => within(a, b) || (!node.ordered && within(b, a))));
}

export function evaluate(node: QueryNode, mention: MatchText): boolean {
  switch (node.type) {
    case 'term':
    case 'tag':
      return occurrences(node, mention).length > 0;
    case 'and':
      return node.children.every((child) => evaluate(child, mention));
    case 'or':
      return node.children.some((child) => evaluate(child, mention));
    case 'not':
      return !evaluate(node.child, mention);
    case 'near':
      return nearMatches(node, mention);
  }
}

/** Leaves that count toward a match (not under NOT) and occur in the mention: what matched_terms lists. */
export function matchedLeaves(node: QueryNode, mention: MatchText, positive = true): { label: string; found: Occurrence[] }[] {
  switch (node.type) {
    case 'term':
    case 'tag': {
      const found = positive ? occurrences(node, mention) : [];
      return found.length ? [{ label: printLeaf(node), found }] : [];
    }
    case 'and':
    case 'or':
      return node.children.flatMap((child) => matchedLeaves(child, mention, positive));
    case 'not':
      return matchedLeaves(node.child, mention, !positive);
    case 'near':
      return [...matchedLeaves(node.left, mention, positive), ...matchedLeaves(node.right, mention, positive)];
  }
}

/** Why a mention that holds some of the query's terms does not match: the parts that failed. */
export function whyNot(node: QueryNode, mention: MatchText): string[] {
  if (evaluate(node, mention)) return [];
  switch (node.type) {
    case 'term':
    case 'tag':
      return [`${printLeaf(node)} is missing`];
    case 'and':
      return node.children.flatMap((child) => whyNot(child, mention));
    case 'or': {
      const partial = node.children.filter((child) => matchedLeaves(child, mention).length > 0);
      return partial.length ? partial.flatMap((child) => whyNot(child, mention)) : [`none of ${printQuery(node)} occurs`];
    }
    case 'not': {
      const found = matchedLeaves(node.child, mention).map((leaf) => leaf.label);
      return [`excluded by NOT ${printQuery(node.child, 4)}${found.length ? ` (found ${found.join(', ')})` : ''}`];
    }
    case 'near': {
      const left = operandOccurrences(node.left, mention).length > 0;
      const right = operandOccurrences(node.right, mention).length > 0;
      if (left && right) return [`${printQuery(node.left, 4)} and ${printQuery(node.right, 4)} are more than ${node.distance} words apart${node.ordered ? ' or in the other order' : ''}`];
      return [`NEAR/${node.distance}: ${printQuery(left ? node.right : node.left, 4)} is missing`];
    }
  }
}
