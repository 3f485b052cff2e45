import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

/**
 * Writes a UTF-16 LE file as UTF-8 to a temp file and returns its path and a cleanup.
 * DuckDB's own utf-16 reader refuses surrogate pairs ("File is not utf-16 encoded"), so any emoji,
 * which social text is full of, would fail the whole file. Lines are unchanged, so line numbers hold.
 */
export async function utf16ToUtf8(path: string, compression: 'none' | 'gzip'): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'listen-utf8-'));
  const target = join(dir, 'export.csv');
  const decoder = new TextDecoder('utf-16le'); // drops the BOM
  const decode = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
  const stages = compression === 'gzip' ? [createGunzip(), decode] : [decode];
  await pipeline(createReadStream(path), ...(stages as [Transform]), createWriteStream(target));
  return { path: target, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
