import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { QUERIES_DIR } from '../lib/queries.ts';
import type { Stage } from '../lib/stage.ts';

/** Folders of queries/ whose files read relations rather than make one. */
const NOT_DEFINITIONS = new Set(['analysis', 'catalog', 'checks', 'ddl', 'dictionary', 'reports', 'seeds']);
const CREATE_TABLE = /create\s+(?:or\s+replace\s+)?table\s+(?:if\s+not\s+exists\s+)?([A-Za-z_][A-Za-z0-9_]*)/i;

export interface Definition {
  /** Path under queries/, e.g. marts/fct_mentions.sql. */
  file: string;
  kind: 'model' | 'ddl' | 'seed';
  sql: string;
}

export interface Lineage {
  relation: string;
  definitions: Definition[];
  /** Stages whose contract says they write the relation. */
  writtenBy: string[];
  /** Relations it is made from: those its SQL names, else the reads of the stages that write it. */
  upstream: string[];
  /** Where `upstream` came from. */
  upstreamFrom: 'sql' | 'stage contract' | 'none';
  downstream: string[];
  /** Relations whose columns it repeats: upstream, plus the table a DDL copies its shape from. */
  columnSources: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const withoutComments = (sql: string) => sql.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');

/** The SQL that makes each relation: model files named for it, `create table` statements in ddl/, seeds as ref_<name>. */
export function readDefinitions(): Map<string, Definition[]> {
  const found = new Map<string, Definition[]>();
  const add = (relation: string, definition: Definition) => found.set(relation, [...(found.get(relation) ?? []), definition]);
  for (const folder of readdirSync(QUERIES_DIR).sort()) {
    const dir = join(QUERIES_DIR, folder);
    if (!existsSync(dir) || NOT_DEFINITIONS.has(folder) || folder.includes('.')) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()) {
      add(basename(file, '.sql'), { file: `${folder}/${file}`, kind: 'model', sql: readFileSync(join(dir, file), 'utf8') });
    }
  }
  for (const file of readdirSync(join(QUERIES_DIR, 'ddl')).filter((f) => f.endsWith('.sql')).sort()) {
    for (const statement of withoutComments(readFileSync(join(QUERIES_DIR, 'ddl', file), 'utf8')).split(';')) {
      const name = CREATE_TABLE.exec(statement)?.[1];
      if (name) add(name, { file: `ddl/${file}`, kind: 'ddl', sql: statement });
    }
  }
  for (const file of readdirSync(join(QUERIES_DIR, 'seeds')).filter((f) => f.endsWith('.csv')).sort()) {
    add(`ref_${basename(file, '.csv')}`, { file: `seeds/${file}`, kind: 'seed', sql: '' });
  }
  return found;
}

/** Relations the SQL names, in the order it first names them (the first import CTE is the main source). */
function referencedIn(sql: string, self: string, relations: Iterable<string>): string[] {
  const text = withoutComments(sql);
  const found = [...relations].filter((name) => name !== self).map((name) => ({ name, at: text.search(new RegExp(`\\b${escapeRegExp(name)}\\b`)) }));
  return found.filter((f) => f.at >= 0).sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** Table → upstream/downstream for the given relations (the warehouse's), from the SQL that makes each and the stage contracts. */
export function buildLineage(relations: string[], stages: Stage<any>[], definitions = readDefinitions()): Map<string, Lineage> {
  const lineage = new Map<string, Lineage>();
  for (const relation of relations) {
    const defs = definitions.get(relation) ?? [];
    const writers = stages.filter((stage) => stage.writes.includes(relation));
    const fromSql = [...new Set(defs.filter((d) => d.kind === 'model').flatMap((d) => referencedIn(d.sql, relation, relations)))];
    const fromStages = [...new Set(writers.flatMap((stage) => stage.reads))].filter((r) => r !== relation && relations.includes(r)).sort();
    const upstream = (fromSql.length ? [...fromSql] : fromStages).sort();
    const shapes = defs.filter((d) => d.kind === 'ddl').flatMap((d) => referencedIn(d.sql, relation, relations));
    lineage.set(relation, {
      relation,
      definitions: defs,
      writtenBy: writers.map((stage) => stage.name),
      upstream,
      upstreamFrom: fromSql.length ? 'sql' : fromStages.length ? 'stage contract' : 'none',
      downstream: [],
      columnSources: [...new Set([...fromSql, ...shapes])],
    });
  }
  for (const entry of lineage.values()) {
    for (const source of entry.upstream) lineage.get(source)?.downstream.push(entry.relation);
  }
  for (const entry of lineage.values()) entry.downstream.sort();
  return lineage;
}
