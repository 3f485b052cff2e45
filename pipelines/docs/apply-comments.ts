import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ident, literal, type Db } from '../lib/db.ts';
import { QUERIES_DIR, readModels } from '../lib/queries.ts';
import { buildLineage, readDefinitions } from './lineage.ts';

export const DICTIONARY_DIR = join(QUERIES_DIR, 'dictionary');
export const CATALOG = Object.fromEntries(readModels('catalog').map((model) => [model.name, model.sql]));
const STATEMENT = /^comment\s+on\s+(table|view|column)\s+([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?\s+is\s+'((?:[^']|'')*)'$/i;

export interface Comment {
  kind: 'table' | 'view' | 'column';
  relation: string;
  column?: string;
  text: string;
  file: string;
}

export interface CatalogColumn {
  relation: string;
  kind: string;
  column_index: number;
  column_name: string;
  data_type: string;
  is_nullable: boolean;
  comment: string | null;
}

/** Every comment of queries/dictionary/*.sql; a statement that is not `comment on … is '…'` is a problem naming its file. */
export function readDictionary(): { comments: Comment[]; problems: string[] } {
  const comments: Comment[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(DICTIONARY_DIR).filter((f) => f.endsWith('.sql')).sort()) {
    const file = `queries/dictionary/${name}`;
    const text = readFileSync(join(DICTIONARY_DIR, name), 'utf8');
    for (const statement of text.split(/;[ \t]*\r?\n/).map((s) => s.replace(/^(\s*--[^\n]*\n)+/, '').trim()).filter(Boolean)) {
      const match = STATEMENT.exec(statement.replace(/;$/, ''));
      if (!match) {
        problems.push(`${file}: expected one "comment on table|view|column NAME is '…';" per line, found: ${statement.slice(0, 80)}`);
        continue;
      }
      const [, kind, relation, column, body] = match;
      comments.push({ kind: kind.toLowerCase() as Comment['kind'], relation, column, text: body.replaceAll("''", "'"), file });
    }
  }
  return { comments, problems };
}

const key = (c: { relation: string; column?: string }) => (c.column ? `${c.relation}.${c.column}` : c.relation);
const target = (c: Comment) => (c.kind === 'column' ? `column ${ident(c.relation)}.${ident(c.column!)}` : `${c.kind} ${ident(c.relation)}`);
let definitions: ReturnType<typeof readDefinitions> | undefined;

/**
 * Puts the data dictionary (queries/dictionary) on the warehouse for every relation, or those given; a
 * column the dictionary leaves out takes the comment of the same-named column of a relation it is
 * made from (its SQL names it, or its DDL copies its shape). Only comments that differ are written, in
 * one transaction. The runner calls this after every stage, since `create or replace` drops comments.
 * Returns warnings for comments whose table or column is not there.
 */
export async function applyComments(db: Db, only?: string[]): Promise<string[]> {
  const relations = await db.all<{ relation: string; kind: string; comment: string | null }>(CATALOG.catalog_relations);
  const columns = await db.all<CatalogColumn>(CATALOG.catalog_columns);
  const kinds = new Map(relations.map((r) => [r.relation, r.kind]));
  const current = new Map<string, string | null>([...relations.map((r) => [r.relation, r.comment] as const), ...columns.map((c) => [key({ relation: c.relation, column: c.column_name }), c.comment] as const)]);
  const targets = new Set((only ?? [...kinds.keys()]).filter((name) => kinds.has(name)));
  const { comments, problems } = readDictionary();
  const warnings = only ? [] : problems;
  const wanted = new Map<string, Comment>();
  for (const comment of comments.filter((c) => targets.has(c.relation))) {
    const ok = comment.kind === 'column' ? current.has(key(comment)) : kinds.get(comment.relation) === comment.kind;
    if (ok) wanted.set(key(comment), comment);
    else warnings.push(`${comment.file}: ${comment.kind} ${key(comment)} is not in the warehouse${comment.kind === 'column' ? '' : ` (${comment.relation} is a ${kinds.get(comment.relation)})`}; correct or remove the comment.`);
  }
  const lineage = buildLineage([...kinds.keys()], [], (definitions ??= readDefinitions()));
  const commentOf = (relation: string, column: string) => wanted.get(`${relation}.${column}`)?.text ?? current.get(`${relation}.${column}`);
  // A relation may take comments from another target, so repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const column of columns.filter((c) => targets.has(c.relation) && commentOf(c.relation, c.column_name) == null)) {
      const source = lineage.get(column.relation)?.columnSources.find((up) => commentOf(up, column.column_name) != null);
      if (!source) continue;
      const text = commentOf(source, column.column_name)!;
      wanted.set(`${column.relation}.${column.column_name}`, { kind: 'column', relation: column.relation, column: column.column_name, text, file: `(from ${source})` });
      changed = true;
    }
  }
  const changes = [...wanted.values()].filter((comment) => current.get(key(comment)) !== comment.text);
  if (changes.length) {
    await db.transaction(async () => {
      for (const comment of changes) await db.run(`comment on ${target(comment)} is ${literal(comment.text)}`);
    });
  }
  return warnings;
}
