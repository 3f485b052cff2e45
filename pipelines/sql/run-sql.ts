import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CliError } from '../lib/errors.ts';
import { literal, setVariables, type Db } from '../lib/db.ts';
import { openWarehouse, openWorkspace } from '../lib/workspace.ts';
import { formatTable } from './format-table.ts';
import { parseParams, QueryFileNotFoundError, resolveQuery } from './resolve-query.ts';

export interface SqlOptions {
  format: 'table' | 'csv' | 'json' | 'parquet';
  out?: string;
  param: string[];
  limit: string;
  warehouse?: string;
}

export async function bindParams(db: Db, pairs: string[]): Promise<void> {
  await setVariables(db, Object.fromEntries(parseParams(pairs)));
}

export async function runSql(input: string, opts: SqlOptions): Promise<void> {
  const workspace = await openWorkspace({ warehouse: opts.warehouse });
  let sql: string;
  try {
    ({ sql } = resolveQuery(input, workspace.root));
  } catch (error) {
    if (error instanceof QueryFileNotFoundError) throw new CliError(error.message, 2, { cause: error });
    throw error;
  }
  const db = await openWarehouse(workspace.warehouse, { readOnly: true });
  try {
    await bindParams(db, opts.param);
    if (opts.format === 'parquet' && !opts.out) throw new CliError('Parquet output needs --out PATH.', 2);
    if (opts.format !== 'table') {
      const options = opts.format === 'csv' ? 'format csv, header' : opts.format === 'json' ? 'format json, array true' : 'format parquet, compression zstd';
      // DuckDB writes files only; /dev/stdout would truncate a redirected output, so go through a temp file.
      const target = opts.out ? resolve(opts.out) : join(mkdtempSync(join(tmpdir(), 'listen-sql-')), `out.${opts.format}`);
      // The newline keeps a trailing line comment of a query file from swallowing the closing parenthesis.
      await db.run(`copy (${sql}\n) to ${literal(target)} (${options})`);
      if (opts.out) process.stderr.write(`Wrote ${opts.out}\n`);
      else {
        await pipeline(createReadStream(target), process.stdout, { end: false });
        rmSync(dirname(target), { recursive: true, force: true });
      }
      return;
    }
    const reader = await db.connection.runAndReadAll(sql);
    const rows = reader.getRowObjectsJson() as Record<string, unknown>[];
    const limit = Number(opts.limit);
    process.stdout.write(`${formatTable(rows.slice(0, limit), reader.columnNames())}\n`);
    process.stderr.write(`${rows.length} row(s)${rows.length > limit ? `, first ${limit} shown (--limit)` : ''}\n`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`The query failed: ${(error as Error).message}`, 1, { cause: error });
  } finally {
    db.close();
  }
}
