import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { stripTrailingSemicolon } from '../lib/queries.ts';
import { notebookMessages } from './messages.ts';

export interface QuerySource {
  sql: string;
  /** The file, or "SQL" for inline text; used in error messages. */
  label: string;
}

/** Inline SQL, or a path to a .sql file (relative paths resolve against the workspace root, then the working directory). */
export function querySource(sqlOrFile: string, root: string): QuerySource {
  const text = sqlOrFile.trim();
  if (!/^[^\s;]+\.sql$/i.test(text)) return { sql: stripTrailingSemicolon(text), label: 'SQL' };
  const tried = isAbsolute(text) ? [text] : [resolve(root, text), resolve(text)];
  const file = tried.find((path) => existsSync(path));
  if (!file) throw new Error(notebookMessages.noQueryFile(text, tried));
  return { sql: stripTrailingSemicolon(readFileSync(file, 'utf8')), label: text };
}

/**
 * The parameters the SQL reads: `$name` placeholders (JSON paths such as '$.terms' do not match), and
 * `getvariable('name')`, the form queries/analysis uses so the same file runs in any DuckDB client.
 */
export function parametersOf(sql: string): { placeholders: Set<string>; variables: Set<string> } {
  return {
    placeholders: new Set([...sql.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1])),
    variables: new Set([...sql.matchAll(/getvariable\(\s*'([A-Za-z_][A-Za-z0-9_]*)'\s*\)/gi)].map((m) => m[1])),
  };
}
