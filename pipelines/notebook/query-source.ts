import { resolveQuery } from '../sql/resolve-query.ts';

export interface QuerySource {
  sql: string;
  /** The file, or "SQL" for inline text; used in error messages. */
  label: string;
}

/** Inline SQL, a model name, or a path to a .sql file (relative paths: the working directory, then the workspace root). */
export function querySource(sqlOrFile: string, root: string): QuerySource {
  const { sql, source } = resolveQuery(sqlOrFile, root);
  return { sql, label: source === 'command line' ? 'SQL' : source };
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
