import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's queries/ folder: the only home of shared SQL. */
export const QUERIES_DIR = fileURLToPath(new URL('../../queries/', import.meta.url));

export interface SqlModel {
  name: string;
  layer: string;
  path: string;
  sql: string;
}

export function readModels(layer: string): SqlModel[] {
  const dir = join(QUERIES_DIR, layer);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      return { name: basename(f, '.sql'), layer, path, sql: stripTrailingSemicolon(readFileSync(path, 'utf8')) };
    });
}

/** A model's SQL reading `instead` where it reads the relation `name` (e.g. only the new rows of an incremental run). */
export function readingFrom(sql: string, name: string, instead: string): string {
  return sql.replace(new RegExp(`\\b${name}\\b`, 'g'), instead);
}

export function stripTrailingSemicolon(sql: string): string {
  return sql.trim().replace(/;\s*$/, '');
}

/** Orders models so each comes after the models of the same list it names. */
export function orderByDependencies(models: SqlModel[]): SqlModel[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const ordered: SqlModel[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (model: SqlModel, path: string[]) => {
    if (state.get(model.name) === 'done') return;
    if (state.get(model.name) === 'visiting') throw new Error(`SQL models depend on each other in a cycle: ${[...path, model.name].join(' → ')}`);
    state.set(model.name, 'visiting');
    for (const other of byName.values()) {
      if (other !== model && new RegExp(`\\b${other.name}\\b`).test(model.sql)) visit(other, [...path, model.name]);
    }
    state.set(model.name, 'done');
    ordered.push(model);
  };
  for (const model of models) visit(model, []);
  return ordered;
}

/** A model by "layer/name" or a path to a .sql file. */
export function findModel(ref: string): SqlModel | undefined {
  const [layer, name] = ref.replace(/\.sql$/, '').replace(/^queries\//, '').split('/');
  if (!name) return undefined;
  return readModels(layer).find((m) => m.name === name);
}
