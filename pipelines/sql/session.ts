import { performance } from 'node:perf_hooks';
import type { Db } from '../lib/db.ts';
import { renderRows, type OutputMode } from './render-rows.ts';

export interface Output {
  /** Results: stdout. */
  data(text: string): void;
  /** Row counts, timing, errors: stderr. */
  note(text: string): void;
}

/** What the prompt keeps between statements. */
export interface Session {
  db: Db;
  out: Output;
  mode: OutputMode;
  limit: number;
  failures: number;
}

const WIDE_INTEGERS = new Set(['BIGINT', 'HUGEINT', 'UBIGINT', 'UHUGEINT']);

/** DuckDB's JSON form writes 64/128-bit integers and decimals as strings; JSON output wants numbers where they fit. */
function numbersAsNumbers(rows: Record<string, unknown>[], columns: string[], types: string[]): void {
  const wide = columns.filter((_, i) => WIDE_INTEGERS.has(types[i]));
  const decimals = columns.filter((_, i) => types[i].startsWith('DECIMAL'));
  for (const row of rows) {
    for (const column of wide) {
      const value = Number(row[column]);
      if (typeof row[column] === 'string' && Number.isSafeInteger(value)) row[column] = value;
    }
    for (const column of decimals) if (typeof row[column] === 'string') row[column] = Number(row[column]);
  }
}

const seconds = (start: number) => `${((performance.now() - start) / 1000).toFixed(3)} s`;

/** Runs every statement of `sql` in turn, printing each result; a failing statement is reported and the rest are skipped. */
export async function runStatements(session: Session, sql: string, where = ''): Promise<void> {
  const { db, out } = session;
  try {
    const extracted = await db.connection.extractStatements(sql);
    for (let i = 0; i < extracted.count; i++) {
      const start = performance.now();
      const prepared = await extracted.prepare(i);
      const reader = await prepared.runAndReadAll();
      const columns = reader.columnNames();
      if (columns.length === 0) {
        out.note(`OK (${seconds(start)})`);
        continue;
      }
      const rows = reader.getRowObjectsJson() as Record<string, unknown>[];
      if (session.mode === 'json') numbersAsNumbers(rows, columns, reader.columnTypes().map(String));
      out.data(renderRows(rows, columns, session.mode, session.limit));
      const cut = session.mode === 'table' && rows.length > session.limit ? `, first ${session.limit} shown (.limit N)` : '';
      out.note(`${rows.length} row${rows.length === 1 ? '' : 's'}${cut} (${seconds(start)})`);
    }
  } catch (error) {
    session.failures++;
    const message = String((error as Error).message ?? error).trim();
    out.note(`Error${where}: ${message}`);
  }
}
