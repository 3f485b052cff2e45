import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { QueryError, WarehouseLockedError } from './errors.ts';

export type Params = Record<string, DuckDBValue | string | number | boolean | null | bigint | Date>;

/** A connection to the warehouse with the few calls stages need. Values always go through `params`. */
export interface Db {
  readonly path: string;
  readonly readOnly: boolean;
  readonly connection: DuckDBConnection;
  run(sql: string, params?: Params): Promise<void>;
  all<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T[]>;
  one<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T | undefined>;
  /** Runs `fn` in one transaction: all of it commits, or none of it does. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  close(): void;
}

export interface OpenOptions {
  readOnly?: boolean;
  /** DuckDB threads; defaults to DuckDB's own choice (all cores). */
  threads?: number;
  memoryLimit?: string;
}

/** Quotes an identifier for SQL; the only way names that came from files or config reach SQL text. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a string literal, for the few DuckDB options that do not take bound parameters (file paths in table functions). */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Sets the DuckDB variables SQL reads with getvariable(name) (queries/analysis, queries/reports); a null
 * or undefined value unsets one. Names must be identifiers; values are bound, never pasted.
 */
export async function setVariables(db: Db, values: Record<string, Params[string] | undefined>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    if (!VARIABLE_NAME.test(name)) throw new Error(`'${name}' is not a variable name: use letters, digits and underscores.`);
    if (value === null || value === undefined) await db.run(`set variable ${ident(name)} = cast(null as varchar)`);
    else await db.run(`set variable ${ident(name)} = $value`, { value });
  }
}

/** Whether `name` is a table or a view of the warehouse (undefined: neither). */
export async function relationKind(db: Db, name: string): Promise<'table' | 'view' | undefined> {
  const row = await db.one<{ kind: 'view' | 'table' }>(
    "select 'view' as kind from duckdb_views() where view_name = $name and not internal union all select 'table' from duckdb_tables() where table_name = $name",
    { name },
  );
  return row?.kind;
}

function toParams(params: Params | undefined): Record<string, DuckDBValue> | undefined {
  if (!params) return undefined;
  const out: Record<string, DuckDBValue> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = value instanceof Date ? (value.toISOString() as DuckDBValue) : (value as DuckDBValue);
  }
  return out;
}

export async function openDb(path: string, options: OpenOptions = {}): Promise<Db> {
  const config: Record<string, string> = {};
  if (options.readOnly) config.access_mode = 'READ_ONLY';
  if (options.threads) config.threads = String(options.threads);
  if (options.memoryLimit) config.memory_limit = options.memoryLimit;
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, config);
  } catch (error) {
    const message = String((error as Error).message ?? error);
    if (/lock/i.test(message)) throw new WarehouseLockedError(path, { cause: error });
    throw error;
  }
  const connection = await instance.connect();
  // Time is UTC inside, whatever the machine's zone (ICU ships in the binding; it must be loaded before the setting exists).
  await connection.run("load icu; set TimeZone = 'UTC'; set preserve_insertion_order = true;");
  let depth = 0;
  const profile = process.env.LISTEN_PROFILE ? Number(process.env.LISTEN_PROFILE) || 0.2 : 0;
  const timed = async <T>(sql: string, fn: () => Promise<T>): Promise<T> => {
    if (!profile) return fn();
    const started = performance.now();
    try {
      return await fn();
    } finally {
      const seconds = (performance.now() - started) / 1000;
      if (seconds >= profile) process.stderr.write(`[profile] ${seconds.toFixed(2)} s  ${sql.replace(/\s+/g, ' ').trim().slice(0, 160)}\n`);
    }
  };

  const db: Db = {
    path,
    readOnly: options.readOnly ?? false,
    connection,
    async run(sql, params) {
      try {
        await timed(sql, () => connection.run(sql, toParams(params)));
      } catch (error) {
        throw new QueryError(sql, error);
      }
    },
    async all<T>(sql: string, params?: Params) {
      try {
        const reader = await timed(sql, () => connection.runAndReadAll(sql, toParams(params)));
        return reader.getRowObjectsJS() as T[];
      } catch (error) {
        throw new QueryError(sql, error);
      }
    },
    async one<T>(sql: string, params?: Params) {
      const rows = await db.all<T>(sql, params);
      return rows[0];
    },
    async transaction(fn) {
      if (depth > 0) return fn();
      depth++;
      await connection.run('begin transaction');
      try {
        const result = await fn();
        await connection.run('commit');
        return result;
      } catch (error) {
        await connection.run('rollback').catch(() => undefined);
        throw error;
      } finally {
        depth--;
      }
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
  return db;
}
