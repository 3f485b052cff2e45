/** What the notebook library says to a researcher; tests assert these verbatim. */
export const notebookMessages = {
  noWarehouse: (path: string) =>
    `The warehouse ${path} does not exist yet: run npm start first (it builds the warehouse from the bundled sample), ` +
    'or npx listen run for your own inbox, or set LISTEN_WAREHOUSE to an existing DuckDB file, then run this cell again.',
  warehouseLocked: (path: string) =>
    `The warehouse ${path} is locked by a process writing to it (a pipeline run holds the lock); notebooks open it read-only, ` +
    'which DuckDB refuses while a writer has it open. Wait for the run to finish, then run this cell again.',
  unusedParams: (source: string, names: string[]) =>
    `${source} does not use the parameter(s) ${names.join(', ')}. Remove them, or read them in the SQL as $name or getvariable('name').`,
  queryFailed: (source: string, message: string) => `The query ${source} failed: ${message}`,
};
