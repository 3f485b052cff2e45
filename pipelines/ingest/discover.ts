import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { glob } from 'tinyglobby';

export interface InboxFile {
  path: string;
  relPath: string;
  size: number;
  mtimeMs: number;
}

const DATA_FILES = '**/*.{csv,tsv,tab,txt,json,jsonl,ndjson,parquet,zip,csv.gz,tsv.gz,json.gz,jsonl.gz,ndjson.gz}';
/** Beside exports a folder may hold notes and a sample's planted truth; they are not mentions. */
const NOT_DATA = ['**/truth.json', '**/README*', '**/_*', '**/.*'];

export async function discoverInbox(root: string, inbox: string): Promise<InboxFile[]> {
  const paths = await glob(DATA_FILES, { cwd: inbox, absolute: true, ignore: NOT_DATA, caseSensitiveMatch: false });
  paths.sort();
  return Promise.all(
    paths.map(async (path) => {
      const info = await stat(path);
      return { path, relPath: relative(root, path), size: info.size, mtimeMs: info.mtimeMs };
    }),
  );
}

export function hashFile(path: string): Promise<string> {
  return new Promise((resolveHash, reject) => {
    const hash = createHash('sha256');
    createReadStream(path, { highWaterMark: 1 << 20 })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolveHash(hash.digest('hex')));
  });
}
