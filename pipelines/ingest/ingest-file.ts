import type { FileMapping } from '../lib/config.ts';
import { ident, type Db } from '../lib/db.ts';
import { FileRejectedError } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';
import { RAW_TABLES, X_API_V2, detectFormat, formatByName } from '../formats/registry.ts';
import { mapColumns } from './column-map.ts';
import type { InboxFile } from './discover.ts';
import type { FileJob, LoadCounts } from './job.ts';
import { loadCsv } from './load-csv.ts';
import { loadJson } from './load-json.ts';
import { loadParquet } from './load-parquet.ts';
import { commitRows } from './commit-rows.ts';
import { sniff, type Sniffed } from './sniff.ts';

export interface FileOutcome extends LoadCounts {
  relPath: string;
  status: 'loaded' | 'refused';
  format?: string;
  message?: string;
  replaced?: string;
}

async function loadByKind(db: Db, job: FileJob, sniffed: Sniffed, mapping: FileMapping | undefined) {
  const options = { format: mapping?.format, columns: mapping?.columns };
  if (sniffed.kind === 'parquet') return loadParquet(db, job, options);
  if (sniffed.kind !== 'csv') return loadJson(db, job, sniffed, options);
  const format = (mapping?.format && formatByName(mapping.format)) || detectFormat(sniffed.headers);
  const columns = mapColumns(format, sniffed.headers, (h) => ident(h.replace(/^\uFEFF/, '').trim()), mapping?.columns);
  if (columns.unknownOverrides.length) {
    throw new FileRejectedError(
      job.relPath,
      `${job.relPath}: the mapping names column(s) ${columns.unknownOverrides.join(', ')} that the file does not have (it has: ${sniffed.headers.slice(0, 20).join(', ')}). Fix ingest.mappings in listening.config.ts.`,
      'mapping names unknown columns',
    );
  }
  if (columns.missing.length) {
    throw new FileRejectedError(job.relPath, messages.missingColumns(job.relPath, format.label, columns.missing, columns.closest), 'missing columns');
  }
  const counts = await loadCsv(db, job, sniffed, columns);
  return { ...counts, format: format.name };
}

/** Removes every row an earlier version of a file loaded; the caller holds the transaction. */
export async function forgetFile(db: Db, fileId: string): Promise<void> {
  for (const table of RAW_TABLES) await db.run(`delete from ${ident(table)} where file_id = $file_id`, { file_id: fileId });
  await db.run('delete from ingest_rejects where file_id = $file_id', { file_id: fileId });
}

/** Loads one file: read into temp tables first, then written in one transaction, so all of its rows and rejects land, or none do. */
export async function ingestFile(
  db: Db,
  file: InboxFile,
  job: FileJob,
  mapping: FileMapping | undefined,
  previous: string | undefined,
): Promise<FileOutcome> {
  const timeZone = mapping?.timeZone ?? 'UTC';
  const record = (o: Omit<FileOutcome, 'relPath'>, encoding?: string) =>
    db.run(
      `insert or replace into ingest_files values ($file_id, $path, $size, $mtime, $format, $encoding, $date_order, $tz, $status,
         $read, $loaded, $rejected, $message, $batch_id, $now::timestamptz)`,
      {
        file_id: job.fileId, path: job.relPath, size: file.size, mtime: file.mtimeMs, format: o.format ?? null, encoding: encoding ?? null,
        date_order: mapping?.dateOrder ?? null, tz: timeZone, status: o.status, read: o.read, loaded: o.loaded, rejected: o.rejected,
        message: o.message ?? null, batch_id: job.batchId, now: job.now,
      },
    );
  try {
    const sniffed = await sniff(file.path, mapping?.encoding, job.relPath);
    const encoding = sniffed.kind === 'csv' ? sniffed.encoding : sniffed.kind === 'parquet' ? 'parquet' : 'utf-8';
    const counts = await loadByKind(db, job, sniffed, mapping);
    const format = formatByName(counts.format);
    return await db.transaction(async () => {
      if (previous) {
        await forgetFile(db, previous);
        await db.run("update ingest_files set status = 'replaced' where file_id = $file_id and path = $path", { file_id: previous, path: job.relPath });
      }
      await forgetFile(db, job.fileId);
      const unreadable = await commitRows(db, job, format?.rawTable ?? X_API_V2.rawTable, { dateOrder: mapping?.dateOrder, timeZone });
      const outcome: FileOutcome = {
        relPath: job.relPath, status: 'loaded', format: counts.format, read: counts.read,
        loaded: counts.loaded - unreadable, rejected: counts.rejected + unreadable, replaced: previous,
      };
      await record(outcome, encoding);
      return outcome;
    });
  } catch (error) {
    if (!(error instanceof FileRejectedError)) throw error;
    const outcome: FileOutcome = { relPath: job.relPath, status: 'refused', read: 0, loaded: 0, rejected: 0, message: error.message };
    await record(outcome);
    return outcome;
  }
}
