import { ident, type Db } from '../lib/db.ts';

type Value = string | number | bigint | boolean | null;

/** Appends plain rows to a (temp) table through DuckDB's appender: values travel as data, never as SQL text. */
export async function appendRows<T extends Record<string, Value>>(db: Db, table: string, columns: (keyof T & string)[], rows: T[]): Promise<void> {
  if (!rows.length) return;
  if (db.readOnly) return insertRows(db, table, columns, rows);
  const appender = await db.connection.createAppender(table);
  try {
    for (const row of rows) {
      for (const column of columns) {
        const value = row[column];
        if (value === null || value === undefined) appender.appendNull();
        else if (typeof value === 'boolean') appender.appendBoolean(value);
        else if (typeof value === 'bigint') appender.appendBigInt(value);
        else if (typeof value === 'number') Number.isInteger(value) ? appender.appendInteger(value) : appender.appendDouble(value);
        else appender.appendVarchar(value);
      }
      appender.endRow();
    }
  } finally {
    appender.closeSync();
  }
}

/** A read-only warehouse refuses appenders even for temp tables; bound inserts into them still work. */
async function insertRows<T extends Record<string, Value>>(db: Db, table: string, columns: (keyof T & string)[], rows: T[]): Promise<void> {
  const statement = await db.connection.prepare(`insert into ${ident(table)} values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`);
  for (const row of rows) {
    columns.forEach((column, i) => {
      const value = row[column];
      if (value === null || value === undefined) statement.bindNull(i + 1);
      else if (typeof value === 'boolean') statement.bindBoolean(i + 1, value);
      else if (typeof value === 'bigint') statement.bindBigInt(i + 1, value);
      else if (typeof value === 'number') Number.isInteger(value) ? statement.bindInteger(i + 1, value) : statement.bindDouble(i + 1, value);
      else statement.bindVarchar(i + 1, value);
    });
    await statement.run();
  }
}
