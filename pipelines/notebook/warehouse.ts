import { existsSync } from 'node:fs';
import type { DuckDBValue } from '@duckdb/node-api';
import { openDb, setVariables, type Db } from '../lib/db.ts';
import { WarehouseLockedError } from '../lib/errors.ts';
import { openWorkspace } from '../lib/workspace.ts';
import { notebookMessages } from './messages.ts';
import { parametersOf, querySource } from './query-source.ts';
import { QueryResult } from './result.ts';
import { toColumns } from './values.ts';

export type QueryParams = Record<string, string | number | boolean | bigint | Date | null>;

export interface Warehouse {
  readonly path: string;
  /** A read-only connection for code that takes a Db (report rendering); close it when done. */
  connect(): Promise<Db>;
  /** Runs SQL text or a .sql file (e.g. "queries/marts/fct_mentions_daily.sql") with `$name` parameters bound. */
  query(sqlOrFile: string, params?: QueryParams): Promise<QueryResult>;
}

/**
 * The warehouse, read-only: LISTEN_WAREHOUSE, else the warehouse of listening.config.ts. Each query opens
 * the file and closes it again (~30 ms), so an idle notebook never holds DuckDB's lock against a pipeline run.
 */
export async function openWarehouse(options: { path?: string } = {}): Promise<Warehouse> {
  const workspace = await openWorkspace({ warehouse: options.path });
  const path = workspace.warehouse;
  const connect = async (): Promise<Db> => {
    if (!existsSync(path)) throw new Error(notebookMessages.noWarehouse(path));
    try {
      return await openDb(path, { readOnly: true });
    } catch (error) {
      if (error instanceof WarehouseLockedError) throw new Error(notebookMessages.warehouseLocked(path), { cause: error });
      throw error;
    }
  };
  (await connect()).close();
  return {
    path,
    connect,
    async query(sqlOrFile, params = {}) {
      const { sql, label } = querySource(sqlOrFile, workspace.root);
      const { placeholders, variables } = parametersOf(sql);
      const unused = Object.keys(params).filter((name) => !placeholders.has(name) && !variables.has(name));
      if (unused.length) throw new Error(notebookMessages.unusedParams(label, unused));
      const bound = Object.fromEntries(Object.entries(params).filter(([name]) => placeholders.has(name)));
      const db = await connect();
      try {
        await setVariables(db, Object.fromEntries(Object.entries(params).filter(([name]) => variables.has(name))));
        const reader = await db.connection.runAndReadAll(sql, bindable(bound));
        return new QueryResult(toColumns(reader.columnNames(), reader.columnTypes()), reader.getRowObjectsJS() as Record<string, unknown>[]);
      } catch (error) {
        throw new Error(notebookMessages.queryFailed(label, (error as Error).message), { cause: error });
      } finally {
        db.close();
      }
    },
  };
}

function bindable(params: QueryParams): Record<string, DuckDBValue> | undefined {
  const entries = Object.entries(params);
  if (!entries.length) return undefined;
  return Object.fromEntries(entries.map(([name, value]) => [name, value instanceof Date ? value.toISOString() : value]));
}

/** One query on the default warehouse. */
export async function query(sqlOrFile: string, params?: QueryParams): Promise<QueryResult> {
  return (await openWarehouse()).query(sqlOrFile, params);
}
