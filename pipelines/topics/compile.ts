import { printLeaf, printQuery, type LeafNode, type QueryNode } from './ast.ts';
import type { CompiledTopic } from './config-schema.ts';
import { coverOf } from './cover.ts';

/**
 * A set of topics compiled for the warehouse: the query terms become rows of small tables (so no text
 * from a query ever reaches SQL text), and each topic's Boolean becomes an SQL condition over the ids
 * of the atoms (leaves and NEAR pairs) a mention contains. Leaves and words are shared between topics.
 */
export interface MatchPlan {
  words: { word_id: number; match_kind: 'exact' | 'prefix' | 'fuzzy'; pattern: string; max_edits: number }[];
  phraseWords: { leaf_id: number; word_index: number; word_id: number; leaf_length: number }[];
  tags: { leaf_id: number; tag_kind: 'hashtag' | 'handle'; pattern: string; is_prefix: boolean }[];
  nearSides: { atom_id: number; side: number; leaf_id: number; distance: number; is_ordered: boolean }[];
  topicAtoms: { topic_idx: number; atom_id: number; label: string; is_positive: boolean; is_term: boolean }[];
  /** Per topic, the atoms a mention must hold one of to be a candidate (cover.ts). */
  triggers: { topic_idx: number; atom_id: number }[];
  topics: { topic_idx: number; topic_id: string; name: string; topic_kind: string; parent_id: string | null; query: string }[];
  /** One SQL condition per topic over `atoms` (INTEGER[]); made only of integers and keywords. */
  conditions: string[];
}

export function compilePlan(topics: CompiledTopic[]): MatchPlan {
  const plan: MatchPlan = { words: [], phraseWords: [], tags: [], nearSides: [], topicAtoms: [], triggers: [], topics: [], conditions: [] };
  const wordIds = new Map<string, number>();
  const atomIds = new Map<string, number>();
  let nextAtom = 0;

  const wordId = (word: { text: string; prefix: boolean; edits: number }): number => {
    const match_kind = word.prefix ? 'prefix' : word.edits ? 'fuzzy' : 'exact';
    const key = `${match_kind}\u0000${word.edits}\u0000${word.text}`;
    let id = wordIds.get(key);
    if (id === undefined) {
      id = plan.words.length;
      wordIds.set(key, id);
      plan.words.push({ word_id: id, match_kind, pattern: word.text, max_edits: word.edits });
    }
    return id;
  };

  const leafId = (leaf: LeafNode): number => {
    const key = `${leaf.type}\u0000${printLeaf(leaf)}`;
    let id = atomIds.get(key);
    if (id !== undefined) return id;
    id = nextAtom++;
    atomIds.set(key, id);
    if (leaf.type === 'tag') plan.tags.push({ leaf_id: id, tag_kind: leaf.tag, pattern: leaf.text, is_prefix: leaf.prefix });
    else leaf.words.forEach((word, i) => plan.phraseWords.push({ leaf_id: id!, word_index: i, word_id: wordId(word), leaf_length: leaf.words.length }));
    return id;
  };

  const operandLeaves = (node: QueryNode): LeafNode[] =>
    node.type === 'term' || node.type === 'tag' ? [node] : node.type === 'or' ? node.children.flatMap(operandLeaves) : [];

  const nearId = (node: Extract<QueryNode, { type: 'near' }>): number => {
    const key = `near\u0000${printQuery(node)}`;
    let id = atomIds.get(key);
    if (id !== undefined) return id;
    id = nextAtom++;
    atomIds.set(key, id);
    for (const [side, operand] of [node.left, node.right].entries()) {
      for (const leaf of operandLeaves(operand)) plan.nearSides.push({ atom_id: id, side, leaf_id: leafId(leaf), distance: node.distance, is_ordered: node.ordered });
    }
    return id;
  };

  topics.forEach((topic, topic_idx) => {
    const atoms = new Map<number, { label: string; is_positive: boolean; is_term: boolean }>();
    const note = (id: number, label: string, positive: boolean, term: boolean) => {
      const seen = atoms.get(id);
      atoms.set(id, { label, is_positive: positive || (seen?.is_positive ?? false), is_term: term });
    };
    const condition = (node: QueryNode, positive: boolean): string => {
      switch (node.type) {
        case 'term':
        case 'tag': {
          const id = leafId(node);
          note(id, printLeaf(node), positive, true);
          return `list_contains(atoms, ${id})`;
        }
        case 'and':
        case 'or':
          return `(${node.children.map((child) => condition(child, positive)).join(node.type === 'and' ? ' and ' : ' or ')})`;
        case 'not':
          return `(not ${condition(node.child, !positive)})`;
        case 'near': {
          const id = nearId(node);
          note(id, printQuery(node), positive, false);
          for (const leaf of [...operandLeaves(node.left), ...operandLeaves(node.right)]) note(leafId(leaf), printLeaf(leaf), positive, true);
          return `list_contains(atoms, ${id})`;
        }
      }
    };
    plan.conditions.push(condition(topic.root, true));
    const cover = coverOf(topic.root);
    if (!cover) throw new Error(`topic ${topic.id}: the query has no term a match must hold (checkQuery should have refused it)`);
    for (const atom of new Set(cover.map((node) => (node.type === 'near' ? nearId(node) : leafId(node as LeafNode))))) plan.triggers.push({ topic_idx, atom_id: atom });
    for (const [atom_id, atom] of atoms) plan.topicAtoms.push({ topic_idx, atom_id, ...atom });
    plan.topics.push({ topic_idx, topic_id: topic.id, name: topic.name, topic_kind: topic.kind, parent_id: topic.parentId, query: topic.query });
  });
  return plan;
}

/** The one generated statement: keeps the candidates whose atoms satisfy their topic's Boolean. */
export function matchConditionSql(plan: MatchPlan): string {
  if (!plan.conditions.length) return 'false';
  return `case topic_idx ${plan.conditions.map((c, i) => `when ${i} then ${c}`).join(' ')} else false end`;
}
