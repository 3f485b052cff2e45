import { join } from 'node:path';
import { Sink } from '../sink.ts';
import type { Mention } from '../types.ts';
import { malformedRows } from './malformed.ts';
import { countLineBreaks, csvField, csvRow } from './text.ts';
import { isoOffset, isoZ } from './time.ts';
import type { FormatWriter, RejectTruth, WriterContext, WrittenFile } from './writer.ts';

export const GENERIC_FILE = 'generic/mentions.csv';
export const GENERIC_HEADER = [
  'id', 'platform', 'created_at', 'author_id', 'author', 'author_name', 'followers', 'verified', 'text', 'lang',
  'likes', 'shares', 'comments', 'url', 'reply_to', 'repost_of', 'country',
] as const;

/** One CSV record built directly: only names and texts can hold commas, quotes or line breaks. */
export function genericRecord(m: Mention, zulu: boolean, withLang: boolean): string {
  const a = m.author;
  const created = zulu ? isoZ(m.createdAt) : isoOffset(m.createdAt, a.offsetMinutes);
  const text = csvField(m.title ? `${m.title} - ${m.text}` : m.text);
  const replyTo = m.kind === 'reply' ? m.parent!.id : '';
  const repostOf = m.kind === 'repost' || m.kind === 'quote' ? m.parent!.id : '';
  return (
    `${m.id},${m.platform},${created},${a.id},${a.handle},${csvField(a.name)},${a.followers},${a.verified},${text},` +
    `${withLang ? m.lang : ''},${m.likes},${m.shares},${m.comments},${m.url},${replyTo},${repostOf},${a.country}\r\n`
  );
}

export function genericCsvWriter(ctx: WriterContext): FormatWriter {
  const sink = new Sink(join(ctx.out, GENERIC_FILE), 'utf8');
  const rng = ctx.rng;
  const planned = malformedRows(ctx);
  const rejects: RejectTruth[] = [];
  let records = 0;
  let line = 1;
  const put = (row: string, breaks: number): Promise<void> | undefined => {
    records++;
    line += breaks;
    return sink.write(row);
  };
  const maybeReject = (force: boolean): Promise<void> | undefined => {
    const next = planned[0];
    if (!next || (!force && records < next.afterRecords)) return undefined;
    planned.shift();
    rejects.push({ file: GENERIC_FILE, line: line + 1, record: records + 1, id: next.id, reason: next.reason });
    return put(next.row, countLineBreaks(next.row));
  };
  sink.write(csvRow(GENERIC_HEADER));
  return {
    format: 'generic-csv',
    sink,
    write(m) {
      const pending = maybeReject(false);
      const row = genericRecord(m, rng.chance(0.55), !rng.chance(0.1));
      const breaks = 1 + countLineBreaks(m.title) + countLineBreaks(m.text);
      if (pending) return pending.then(() => put(row, breaks));
      return put(row, breaks);
    },
    async finish(): Promise<WrittenFile> {
      while (planned.length > 0) await maybeReject(true);
      await sink.close();
      return { file: GENERIC_FILE, format: 'generic-csv', encoding: 'utf-8', rows: records, bytes: sink.bytes, headerLine: 1, rejects, reExported: [], notes: {} };
    },
  };
}
