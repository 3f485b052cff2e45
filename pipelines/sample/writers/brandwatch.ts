import { join } from 'node:path';
import { brandByKey, OURS } from '../brands.ts';
import { Sink } from '../sink.ts';
import type { Kind, Mention, Platform } from '../types.ts';
import { domainOf, hashtagList, twitterUrl } from './platform-names.ts';
import { csvRow } from './text.ts';
import { spaced } from './time.ts';
import { vendorSentiment } from './vendor-sentiment.ts';
import type { FormatWriter, WriterContext, WrittenFile } from './writer.ts';

export const BRANDWATCH_FILE = 'brandwatch/mentions-export.csv';
export const BRANDWATCH_PREAMBLE_LINES = 6;
export const BRANDWATCH_HEADER = [
  'Query Id', 'Query Name', 'Date', 'Title', 'Url', 'Domain', 'Sentiment', 'Page Type', 'Language', 'Country Code',
  'Author', 'Full Name', 'Full Text', 'Hashtags', 'Impressions', 'Mentioned Authors', 'Resource Id', 'Thread Entry Type',
  'Twitter Author ID', 'Twitter Followers', 'Twitter Reply to', 'Twitter Retweet of', 'Twitter Retweets', 'Twitter Likes',
  'Twitter Reply Count', 'Twitter Verified', 'Reach (new)',
] as const;

const PAGE_TYPE: Partial<Record<Platform, string>> = {
  twitter: 'twitter', instagram: 'instagram', facebook: 'facebook', reddit: 'reddit', news: 'news', forum: 'forum', blog: 'blog',
};
const ENTRY_TYPE: Readonly<Record<Kind, string>> = { post: 'post', reply: 'reply', repost: 'retweet', quote: 'quote' };
const RE_EXPORTS = 4;

export function brandwatchWriter(ctx: WriterContext): FormatWriter {
  const sink = new Sink(join(ctx.out, BRANDWATCH_FILE), 'utf8');
  const rng = ctx.rng;
  const kept: { m: Mention; row: string; order: number }[] = [];
  let rows = 0;
  sink.write(
    '\uFEFF' +
      [`Report:,${OURS.name} mentions`, `Brand:,${OURS.name}`, `From:,${ctx.start}`, `To:,${ctx.end}`, 'Label:,All', '']
        .map((l) => `${l}\r\n`)
        .join('') +
      csvRow(BRANDWATCH_HEADER),
  );
  const record = (m: Mention): string => {
    const brand = brandByKey(m.brand);
    const tw = m.platform === 'twitter';
    const parentUrl = m.parent ? twitterUrl(m.parent.author.handle, m.parent.id) : '';
    const a = m.author;
    return csvRow([
      brand.queryId, `${brand.name}${brand.ours ? ' - brand' : ' - competitor'}`, `${spaced(m.createdAt)}.0`, m.title,
      tw ? twitterUrl(a.handle, m.id) : m.url, domainOf(m), vendorSentiment(rng, m.sentiment), PAGE_TYPE[m.platform]!, m.lang,
      a.country, a.handle, a.name, m.text, hashtagList(m, ''), m.views, m.mentioned.map((x) => `@${x.handle}`).join(', '),
      String(300_000_000_000 + m.seq * 7919), ENTRY_TYPE[m.kind], tw ? a.id : '', tw ? a.followers : '',
      tw && m.kind === 'reply' ? parentUrl : '', tw && (m.kind === 'repost' || m.kind === 'quote') ? parentUrl : '',
      tw ? m.shares : '', tw ? m.likes : '', tw ? m.comments : '', tw ? String(a.verified) : '', Math.round(a.followers * 1.4 + m.views * 0.1),
    ]);
  };
  return {
    format: 'brandwatch',
    sink,
    write(m) {
      const row = record(m);
      rows++;
      if (kept.length < RE_EXPORTS) kept.push({ m, row, order: rows });
      else {
        const slot = rng.int(0, rows - 1);
        if (slot < RE_EXPORTS) kept[slot] = { m, row, order: rows };
      }
      return sink.write(row);
    },
    async finish(): Promise<WrittenFile> {
      const again = [...kept].sort((x, y) => x.order - y.order);
      for (const { row } of again) await sink.write(row);
      await sink.close();
      return {
        file: BRANDWATCH_FILE, format: 'brandwatch', encoding: 'utf-8 with BOM', rows: rows + again.length, bytes: sink.bytes,
        headerLine: BRANDWATCH_PREAMBLE_LINES + 1, rejects: [], reExported: again.map((k) => k.m), notes: { preambleLines: BRANDWATCH_PREAMBLE_LINES },
      };
    },
  };
}
