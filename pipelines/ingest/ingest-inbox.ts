import { relative } from 'node:path';
import picomatch from 'picomatch';
import type { FileMapping } from '../lib/config.ts';
import type { Db } from '../lib/db.ts';
import type { Logger } from '../lib/log.ts';
import { discoverInbox, hashFile, type InboxFile } from './discover.ts';
import { ingestFile, type FileOutcome } from './ingest-file.ts';

export interface InboxOptions {
  root: string;
  inbox: string;
  mappings: FileMapping[];
  batchId: string;
  now: Date;
  /** Hash every file even when its size and modification time are unchanged. */
  rehash?: boolean;
}

export interface InboxResult {
  outcomes: FileOutcome[];
  skipped: number;
}

interface KnownFile {
  file_id: string;
  path: string;
  size_bytes: bigint;
  mtime_ms: number;
  status: string;
}

function mappingFor(mappings: FileMapping[], inbox: string, file: InboxFile): FileMapping | undefined {
  const rel = relative(inbox, file.path);
  return mappings.find((m) => picomatch(m.match, { nocase: true, dot: true })(rel));
}

/** Loads what is new or changed in the inbox; unchanged files cost a stat, changed files replace their earlier rows. */
export async function ingestInbox(db: Db, options: InboxOptions, log: Logger): Promise<InboxResult> {
  const files = await discoverInbox(options.root, options.inbox);
  const known = await db.all<KnownFile>("select file_id, path, size_bytes, mtime_ms, status from ingest_files where status in ('loaded', 'refused')");
  const loadedByPath = new Map(known.filter((k) => k.status === 'loaded').map((k) => [k.path, k]));
  const loadedIds = new Set(known.filter((k) => k.status === 'loaded').map((k) => k.file_id));
  const outcomes: FileOutcome[] = [];
  let skipped = 0;
  const progress = log.progress('Ingesting files', files.length);
  for (const [i, file] of files.entries()) {
    progress.update(i);
    const before = loadedByPath.get(file.relPath);
    if (!options.rehash && before && Number(before.size_bytes) === file.size && before.mtime_ms === file.mtimeMs) {
      skipped++;
      continue;
    }
    const fileId = await hashFile(file.path);
    if (loadedIds.has(fileId)) {
      skipped++;
      continue;
    }
    const job = { fileId, path: file.path, relPath: file.relPath, batchId: options.batchId, now: options.now.toISOString() };
    const outcome = await ingestFile(db, file, job, mappingFor(options.mappings, options.inbox, file), before?.file_id);
    // Only loaded content makes a later copy redundant; a refused copy must not hide a mapped one.
    if (outcome.status === 'loaded') loadedIds.add(fileId);
    outcomes.push(outcome);
  }
  progress.done();
  return { outcomes, skipped };
}
