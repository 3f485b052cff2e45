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
