import { formatCount } from './log.ts';

/** Every user-facing sentence in one place; tests assert them verbatim. */
export const messages = {
  warehouseLocked: (path: string) =>
    `The warehouse ${path} is in use by another process (a pipeline run, a notebook or an SQL prompt). ` +
    'Only one writer at a time is allowed: wait for that run to finish, or close the other session, then run again.',
  unknownFormat: (file: string, header: string[]) =>
    `${file}: the format was not recognized from its columns (${header.slice(0, 12).join(', ')}${header.length > 12 ? ', …' : ''}). ` +
    'Map its columns in listening.config.ts: ingest.mappings: [{ match: "<file glob>", columns: { body: "<text column>", created_at: "<time column>" } }].',
  missingColumns: (file: string, format: string, missing: string[], closest: Record<string, string[]>) =>
    `${file}: looks like ${format} but lacks the required column(s) ${missing.join(', ')}. ` +
    `Closest columns found: ${missing.map((m) => `${m} → ${closest[m]?.length ? closest[m].join(' / ') : 'none'}`).join('; ')}. ` +
    `Map them in listening.config.ts: ingest.mappings: [{ match: "<file glob>", columns: { ${missing.map((m) => `${m}: "<column>"`).join(', ')} } }].`,
  warehouseReadOnly: (path: string, detail: string) =>
    `The warehouse ${path} cannot be written (${detail}); nothing was changed. ` +
    'Make the file and its folder writable by this user (chmod u+w on both), or point --warehouse or LISTEN_WAREHOUSE at a writable copy.',
  warehouseDiskFull: (path: string, detail: string) =>
    `Writing the warehouse ${path} failed: the disk is full (${detail}). The run stopped; the warehouse keeps its last good state, ` +
    `since each file and each stage commits whole. Free space on that disk (DuckDB also spills to ${path}.tmp), then run again.`,
  emptyFile: (file: string) => `${file}: the file is empty; nothing to load. Remove it from the inbox or replace it with a full export.`,
  binaryFile: (file: string) =>
    `${file}: the file looks binary (it is not text, JSON or Parquet). If it is a spreadsheet or a zip, export or unzip it as CSV into the inbox.`,
  badEncoding: (file: string, line: number) =>
    `${file}: line ${line} is not valid UTF-8 or UTF-16. Re-export the file as UTF-8, or convert it (iconv -f WINDOWS-1252 -t UTF-8).`,
  noHeader: (file: string) => `${file}: no header row was found in the first 20 lines. Add a header row naming the columns.`,
  unsupportedArchive: (file: string) => `${file}: archives are not read directly. Unzip the export into the inbox and run again.`,
  runSummary: (s: { files: number; skipped: number; failed: number; loaded: number; rejected: number; duplicates: number; seconds: number }) =>
    `${formatCount(s.files)} file(s) loaded, ${formatCount(s.skipped)} unchanged, ${formatCount(s.failed)} refused; ` +
    `${formatCount(s.loaded)} mentions loaded, ${formatCount(s.rejected)} rows rejected, ${formatCount(s.duplicates)} duplicate deliveries merged; ` +
    `${s.seconds.toFixed(1)} s`,
};
