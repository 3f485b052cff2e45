/** One word of a term, normalized (lower case, no accents): matched whole, as a prefix (`deliver*`) or within `edits` edits (`pakkit~1`). */
export interface WordPattern {
  text: string;
  prefix: boolean;
  edits: number;
}

/** Where a node came from in the query text (0-based, end exclusive), for error carets. */
export interface Span {
  start: number;
  end: number;
}

/** A word, or a "phrase" of words that must follow each other. */
export interface TermNode extends Span {
  type: 'term';
  words: WordPattern[];
  quoted: boolean;
}

/** `#hashtag` or `@handle`: matched against the mention's hashtag or handle list. */
export interface TagNode extends Span {
  type: 'tag';
  tag: 'hashtag' | 'handle';
  text: string;
  prefix: boolean;
}

export interface AndNode extends Span {
  type: 'and';
  children: QueryNode[];
}

export interface OrNode extends Span {
  type: 'or';
  children: QueryNode[];
}

export interface NotNode extends Span {
  type: 'not';
  child: QueryNode;
}

/** `a NEAR/n b`: at most n words between them; `NEAR/nf`: and a comes first. */
export interface NearNode extends Span {
  type: 'near';
  left: QueryNode;
  right: QueryNode;
  distance: number;
  ordered: boolean;
}

export type LeafNode = TermNode | TagNode;
export type QueryNode = LeafNode | AndNode | OrNode | NotNode | NearNode;

const PRECEDENCE: Record<QueryNode['type'], number> = { or: 1, and: 2, near: 3, not: 4, term: 5, tag: 5 };

export function printWord(word: WordPattern): string {
  return `${word.text}${word.prefix ? '*' : ''}${word.edits ? `~${word.edits}` : ''}`;
}

/** The canonical text of a leaf: how it appears in dim_topics.query and in matched_terms. */
export function printLeaf(node: LeafNode): string {
  if (node.type === 'tag') return `${node.tag === 'hashtag' ? '#' : '@'}${node.text}${node.prefix ? '*' : ''}`;
  const text = node.words.map(printWord).join(' ');
  return node.words.length > 1 ? `"${text}"` : text;
}

/** Prints a query back in canonical form, with parentheses only where precedence needs them. */
export function printQuery(node: QueryNode, parent = 0): string {
  const own = PRECEDENCE[node.type];
  let text: string;
  switch (node.type) {
    case 'term':
    case 'tag':
      return printLeaf(node);
    case 'and':
      text = node.children.map((c) => printQuery(c, own)).join(' AND ');
      break;
    case 'or':
      text = node.children.map((c) => printQuery(c, own)).join(' OR ');
      break;
    case 'not':
      text = `NOT ${printQuery(node.child, own)}`;
      break;
    case 'near':
      text = `${printQuery(node.left, own + 0.5)} NEAR/${node.distance}${node.ordered ? 'f' : ''} ${printQuery(node.right, own + 0.5)}`;
      break;
  }
  // AND inside OR is bracketed although precedence does not need it: readers from other tools expect otherwise.
  return own < parent || (node.type === 'and' && parent === PRECEDENCE.or) ? `(${text})` : text;
}

/** Leaves of a query with whether they count for a match (false under an odd number of NOTs). */
export function leavesOf(node: QueryNode, positive = true): { leaf: LeafNode; positive: boolean }[] {
  switch (node.type) {
    case 'term':
    case 'tag':
      return [{ leaf: node, positive }];
    case 'and':
    case 'or':
      return node.children.flatMap((c) => leavesOf(c, positive));
    case 'not':
      return leavesOf(node.child, !positive);
    case 'near':
      return [...leavesOf(node.left, positive), ...leavesOf(node.right, positive)];
  }
}
