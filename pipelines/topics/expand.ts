import { printLeaf, type LeafNode, type QueryNode } from './ast.ts';
import { parseQuery } from './parser.ts';
import { parsePhrase, parseWordToken } from './parse-term.ts';
import { QuerySyntaxError } from './syntax-error.ts';

export interface TopicTerms {
  name: string;
  query?: string;
  aliases?: string[];
  misspellings?: string[];
  /** Edits allowed on the name and one-word aliases (misspellings are matched as written). */
  fuzzy?: number;
}

/** One alias: a word, several words (a phrase, quoted or not), a #hashtag or an @handle. */
export function parseAlias(text: string): LeafNode {
  const trimmed = text.trim();
  const unquoted = trimmed.replace(/^["“„](.*)["”]$/u, '$1');
  if (/\s/u.test(unquoted)) return parsePhrase(unquoted, unquoted, -1, unquoted.length + 1);
  return parseWordToken(unquoted, unquoted, 0, unquoted.length);
}

function withFuzzy(leaf: LeafNode, edits: number): LeafNode {
  if (!edits || leaf.type !== 'term' || leaf.words.length !== 1 || leaf.words[0].prefix) return leaf;
  const minimum = edits === 1 ? 4 : 7;
  if ([...leaf.words[0].text].length < minimum) return leaf;
  return { ...leaf, words: [{ ...leaf.words[0], edits }] };
}

function substitute(node: QueryNode, names: Set<string>, group: QueryNode, used: { count: number }): QueryNode {
  switch (node.type) {
    case 'term':
      if (names.has(printLeaf(node))) {
        used.count++;
        return { ...group, start: node.start, end: node.end };
      }
      return node;
    case 'tag':
      return node;
    case 'and':
    case 'or':
      return { ...node, children: node.children.map((c) => substitute(c, names, group, used)) };
    case 'not':
      return { ...node, child: substitute(node.child, names, group, used) };
    case 'near':
      return { ...node, left: substitute(node.left, names, group, used), right: substitute(node.right, names, group, used) };
  }
}

export class AliasesUnusedError extends Error {}

/**
 * The query a topic matches with: every term that is the topic's name or one of its aliases stands
 * for the whole set (name, aliases, misspellings, fuzzy variants), so `pakkit NOT "pakkit sports"`
 * also finds "Pakkitt". Without a query, the topic matches the set itself.
 */
export function expandTopicQuery(topic: TopicTerms): QueryNode {
  const named = [topic.name, ...(topic.aliases ?? [])].map(parseAlias);
  const misspelled = (topic.misspellings ?? []).map(parseAlias);
  const seen = new Set<string>();
  const leaves = [...named.map((leaf) => withFuzzy(leaf, topic.fuzzy ?? 0)), ...misspelled].filter((leaf) => {
    const key = printLeaf(leaf);
    return !seen.has(key) && seen.add(key);
  });
  const group: QueryNode = leaves.length === 1 ? leaves[0] : { type: 'or', children: leaves, start: 0, end: 0 };
  if (!topic.query?.trim()) return group;
  const root = parseQuery(topic.query);
  const used = { count: 0 };
  const expanded = substitute(root, new Set(named.map(printLeaf)), group, used);
  if (used.count === 0 && leaves.length > 1) {
    throw new AliasesUnusedError(
      `the aliases and misspellings stand in for "${topic.name}" wherever the query names it, but the query never does; ` +
        `add ${printLeaf(named[0])} to the query, or remove the aliases and misspellings`,
    );
  }
  return expanded;
}

export { QuerySyntaxError };
