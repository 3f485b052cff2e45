import type { Db } from '../lib/db.ts';

type Value = string | number | boolean | null;

/** Appends plain rows to a (temp) table through DuckDB's appender: values travel as data, never as SQL text. */
export async function appendRows<T extends Record<string, Value>>(db: Db, table: string, columns: (keyof T & string)[], rows: T[]): Promise<void> {
  if (!rows.length) return;
  const appender = await db.connection.createAppender(table);
  try {
    for (const row of rows) {
      for (const column of columns) {
        const value = row[column];
        if (value === null || value === undefined) appender.appendNull();
        else if (typeof value === 'boolean') appender.appendBoolean(value);
        else if (typeof value === 'number') Number.isInteger(value) ? appender.appendInteger(value) : appender.appendDouble(value);
        else appender.appendVarchar(value);
      }
      appender.endRow();
    }
  } finally {
    appender.closeSync();
  }
}
