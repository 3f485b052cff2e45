import type { QueryNode } from './ast.ts';
import { coverOf } from './cover.ts';
import { QuerySyntaxError } from './syntax-error.ts';

function checkNearOperand(query: string, node: QueryNode): void {
  if (node.type === 'term') return;
  if (node.type === 'or') return node.children.forEach((child) => checkNearOperand(query, child));
  if (node.type === 'tag')
    throw new QuerySyntaxError(query, node.start, '#hashtags and @handles have no place in the text for NEAR/n to measure; use the word itself (greenbox) inside NEAR');
  throw new QuerySyntaxError(query, node.start, 'NEAR/n joins words, "phrases" or (a OR b) groups of them; move AND and NOT outside the NEAR');
}

function walk(query: string, node: QueryNode): void {
  if (node.type === 'near') {
    checkNearOperand(query, node.left);
    checkNearOperand(query, node.right);
  } else if (node.type === 'and' || node.type === 'or') node.children.forEach((child) => walk(query, child));
  else if (node.type === 'not') walk(query, node.child);
}

/**
 * Rules beyond the grammar: NEAR takes words and phrases, and every query needs a term a mention must
 * contain (matching works from the terms a mention has, so `NOT x` or `a OR NOT b` cannot be answered).
 */
export function checkQuery(query: string, root: QueryNode): void {
  walk(query, root);
  if (coverOf(root) === null) {
    const not = query.indexOf('NOT');
    throw new QuerySyntaxError(
      query,
      not >= 0 ? not : 0,
      'this query matches mentions that contain none of its terms; NOT needs a term to exclude from, as in pakkit AND NOT rushbee',
    );
  }
}
