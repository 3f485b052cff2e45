import { existsSync, readFileSync } from 'node:fs';
import { findModel, stripTrailingSemicolon } from '../lib/queries.ts';

/** Turns what the user typed into SQL: a path to a .sql file, a model name (marts/fct_mentions), or SQL itself. */
export function resolveQuery(input: string): { sql: string; source: string } {
  if (/\.sql$/i.test(input.trim()) && existsSync(input)) {
    return { sql: stripTrailingSemicolon(readFileSync(input, 'utf8')), source: input };
  }
  const model = /^[\w-]+\/[\w-]+$/.test(input.trim()) ? findModel(input.trim()) : undefined;
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
