import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { findModel, stripTrailingSemicolon } from '../lib/queries.ts';

export class QueryFileNotFoundError extends Error {
  constructor(file: string, tried: string[]) {
    super(`The query file ${file} was not found (looked at ${tried.join(', ')}). Name a file under queries/, e.g. "queries/marts/fct_mentions.sql".`);
  }
}

/**
 * Turns what the user typed into SQL: a path to a .sql file (relative to the working directory, then to
 * `root`, the workspace), a model name (marts/fct_mentions), or SQL itself.
 */
export function resolveQuery(input: string, root?: string): { sql: string; source: string } {
  const text = input.trim();
  if (/^[^\s;]+\.sql$/i.test(text)) {
    const tried = isAbsolute(text) ? [text] : [...new Set([resolve(text), ...(root ? [resolve(root, text)] : [])])];
    const file = tried.find((path) => existsSync(path));
    if (!file) throw new QueryFileNotFoundError(text, tried);
    return { sql: stripTrailingSemicolon(readFileSync(file, 'utf8')), source: text };
  }
  const model = /^[\w-]+\/[\w-]+$/.test(text) ? findModel(text) : undefined;
  if (model) return { sql: model.sql, source: model.path };
  return { sql: stripTrailingSemicolon(input), source: 'command line' };
}

/** `--param name=value` pairs; names are identifiers, values are bound, never pasted. */
export function parseParams(pairs: string[]): Array<[string, string]> {
  return pairs.map((pair) => {
    const at = pair.indexOf('=');
    const name = at > 0 ? pair.slice(0, at) : '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new Error(`--param ${pair}: expected name=value with a name of letters, digits and underscores.`);
    }
    return [name, pair.slice(at + 1)];
  });
}
