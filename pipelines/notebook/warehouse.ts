import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DuckDBValue } from '@duckdb/node-api';
import { openDb, type Db } from '../lib/db.ts';
import { WarehouseLockedError } from '../lib/errors.ts';
import { openWorkspace, WORKSPACE_ROOT } from '../lib/workspace.ts';
import { notebookMessages } from './messages.ts';
import { placeholders, querySource } from './query-source.ts';
import { QueryResult } from './result.ts';
import { toColumns } from './values.ts';

export type QueryParams = Record<string, string | number | boolean | bigint | Date | null>;

export interface Warehouse {
  readonly path: string;
  /** Runs SQL text or a .sql file (e.g. "queries/marts/fct_mentions_daily.sql") with `$name` parameters bound. */
  query(sqlOrFile: string, params?: QueryParams): Promise<QueryResult>;
}

/**
 * The warehouse, read-only: LISTEN_WAREHOUSE, else the warehouse of listening.config.ts. Each query opens
 * the file and closes it again (~30 ms), so an idle notebook never holds DuckDB's lock against a pipeline run.
 */
export async function openWarehouse(options: { path?: string } = {}): Promise<Warehouse> {
  const root = process.env.LISTEN_ROOT ? resolve(process.env.LISTEN_ROOT) : WORKSPACE_ROOT;
  // LISTEN_WAREHOUSE is the researcher's explicit choice, so it may name a file outside the workspace (a copy in /tmp, a share).
  const chosen = options.path ? resolve(options.path) : process.env.LISTEN_WAREHOUSE ? resolve(root, process.env.LISTEN_WAREHOUSE) : undefined;
  const workspace = await openWorkspace({ warehouse: chosen });
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
    async query(sqlOrFile, params = {}) {
      const { sql, label } = querySource(sqlOrFile, workspace.root);
      const used = placeholders(sql);
      const unused = Object.keys(params).filter((name) => !used.has(name));
      if (unused.length) throw new Error(notebookMessages.unusedParams(label, unused));
      const db = await connect();
      try {
        const reader = await db.connection.runAndReadAll(sql, bindable(params));
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
