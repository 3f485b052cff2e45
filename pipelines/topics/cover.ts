import type { QueryNode } from './ast.ts';

/**
 * The atoms (leaves, NEAR pairs) one of which every match of the query must hold, or null when the
 * query can match a mention holding none of its atoms (`NOT x`, `a OR NOT b`). For AND it takes the
 * side with the fewest atoms; under NOT, AND and OR swap (De Morgan). Matching starts from these, so a
 * word that only matters next to another (a NEAR operand) does not make every mention holding it a
 * candidate.
 */
export function coverOf(node: QueryNode, positive = true): QueryNode[] | null {
  switch (node.type) {
    case 'term':
    case 'tag':
    case 'near':
      return positive ? [node] : null;
    case 'not':
      return coverOf(node.child, !positive);
    case 'and':
    case 'or': {
      const covers = node.children.map((child) => coverOf(child, positive));
      // Positive OR, or negated AND: one of the children must hold, so every child's cover counts.
      if ((node.type === 'or') === positive) return covers.some((c) => c === null) ? null : covers.flat() as QueryNode[];
      const usable = covers.filter((c): c is QueryNode[] => c !== null);
      return usable.length ? usable.reduce((best, c) => (c.length < best.length ? c : best)) : null;
    }
  }
}
