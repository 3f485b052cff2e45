import { open } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { FileRejectedError } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';

const HEAD_BYTES = 256 * 1024;
const HEADER_SEARCH_LINES = 20;
const DELIMITERS = [',', '\t', ';', '|'];

export type Encoding = 'utf-8' | 'utf-16' | 'latin-1';

export type Sniffed =
  | { kind: 'csv'; encoding: Encoding; compression: 'none' | 'gzip'; delimiter: string; headerLine: number; headers: string[] }
  | { kind: 'ndjson'; compression: 'none' | 'gzip' }
  | { kind: 'json'; compression: 'none' | 'gzip' }
  | { kind: 'parquet' };

async function readHead(path: string): Promise<{ head: Buffer; size: number }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await handle.read(head, 0, head.length, 0);
    return { head, size };
  } finally {
    await handle.close();
  }
}

function gunzipHead(head: Buffer): Buffer {
  try {
    return gunzipSync(head, { finishFlush: 2 /* Z_SYNC_FLUSH: a truncated stream is fine */ });
  } catch {
    return Buffer.alloc(0);
  }
}

function decode(file: string, bytes: Buffer, declared?: Encoding): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) throw new FileRejectedError(file, messages.badEncoding(file, 1), 'UTF-16 big-endian is not supported');
  if (declared === 'latin-1') return { text: new TextDecoder('latin1').decode(bytes), encoding: 'latin-1' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const zeros = body.subarray(0, 4096).filter((b) => b === 0).length;
  if (zeros > 0) throw new FileRejectedError(file, messages.binaryFile(file), 'binary content');
  // Cut a possibly split trailing character before strict decoding.
  let end = body.length;
  while (end > 0 && end > body.length - 4 && (body[end - 1] & 0xc0) === 0x80) end--;
  if (end > 0 && body[end - 1] >= 0xc0) end--;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(0, end)), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('utf-8').decode(body.subarray(0, end));
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new FileRejectedError(file, messages.badEncoding(file, line), 'not UTF-8');
  }
}

/** Finds the delimiter and the header row (vendor exports put report lines above it). */
function sniffCsv(file: string, text: string): { delimiter: string; headerLine: number; headers: string[] } {
  const lines = text.split(/\r?\n/);
  const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
  const sample = complete.slice(0, HEADER_SEARCH_LINES + 30).join('\n');
  let best: { delimiter: string; headerLine: number; headers: string[]; score: number } | undefined;
  for (const delimiter of DELIMITERS) {
    let records: { record: string[]; info: { lines: number } }[];
    try {
      records = parse(sample, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true, bom: true }) as unknown as typeof records;
    } catch {
      continue;
    }
    const counts = records.map((r) => r.record.length);
    for (let i = 0; i < Math.min(records.length, HEADER_SEARCH_LINES); i++) {
      const width = counts[i];
      if (width < 2 || records[i].record.every((cell) => cell.trim() === '')) continue;
      const rest = counts.slice(i + 1);
      const agreeing = rest.filter((c) => c === width).length;
      const consistency = rest.length ? agreeing / rest.length : 1;
      if (consistency < 0.6) continue;
      const score = width * consistency;
      if (!best || score > best.score) {
        best = { delimiter, headerLine: records[i].info.lines, headers: records[i].record.map((h) => h.trim()), score };
      }
      break;
    }
  }
  if (!best) throw new FileRejectedError(file, messages.noHeader(file), 'no header row');
  return best;
}

/** `file` is the name messages use (the workspace-relative path); `path` is where to read it. */
export async function sniff(path: string, declaredEncoding?: Encoding, file = path): Promise<Sniffed> {
  const { head: raw, size } = await readHead(path);
  if (size === 0) throw new FileRejectedError(file, messages.emptyFile(file), 'empty file');
  if (raw.subarray(0, 4).toString('latin1') === 'PAR1') return { kind: 'parquet' };
  if (raw[0] === 0x50 && raw[1] === 0x4b && raw[2] === 0x03 && raw[3] === 0x04) {
    throw new FileRejectedError(file, messages.unsupportedArchive(file), 'zip archive');
  }
  const gzip = raw[0] === 0x1f && raw[1] === 0x8b;
  const head = gzip ? gunzipHead(raw) : raw;
  const compression = gzip ? 'gzip' : 'none';
  const { text, encoding } = decode(file, head, declaredEncoding);
  const trimmed = text.trimStart();
  if (trimmed === '') throw new FileRejectedError(file, messages.emptyFile(file), 'empty file');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (encoding === 'utf-16') throw new FileRejectedError(file, messages.badEncoding(file, 1), 'UTF-16 JSON');
    const firstLine = trimmed.slice(0, trimmed.indexOf('\n') === -1 ? undefined : trimmed.indexOf('\n')).trim();
    let first: unknown;
    try {
      first = JSON.parse(firstLine);
    } catch {
      return { kind: 'json', compression };
    }
    if (Array.isArray(first)) return { kind: 'json', compression };
    // Keys and X API pages are found by DuckDB at load time, over the whole file.
    return { kind: 'ndjson', compression };
  }
  const csv = sniffCsv(file, text);
  return { kind: 'csv', encoding, compression, ...csv };
}
