import { messages } from './messages.ts';

/** An error the CLI prints without a stack trace, with the exit code it should end with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CliError';
  }
}

/** A failed query; carries its SQL so the log shows what ran. */
export class QueryError extends Error {
  constructor(
    readonly sql: string,
    cause: unknown,
  ) {
    super(`${(cause as Error)?.message ?? String(cause)}\n  in SQL: ${sql.trim().slice(0, 400)}`, { cause });
    this.name = 'QueryError';
  }
}

export class WarehouseLockedError extends CliError {
  constructor(path: string, options?: { cause?: unknown }) {
    super(messages.warehouseLocked(path), 3, options);
    this.name = 'WarehouseLockedError';
  }
}

/** A file that cannot be loaded as a whole (unknown format, missing columns, binary, empty, bad encoding). */
export class FileRejectedError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly reason: string,
  ) {
    super(message);
    this.name = 'FileRejectedError';
  }
}
