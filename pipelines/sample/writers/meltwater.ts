import { join } from 'node:path';
import { brandByKey } from '../brands.ts';
import { COUNTRIES } from '../geo.ts';
import { Sink } from '../sink.ts';
import type { Mention, Platform } from '../types.ts';
import { PACKS } from '../vocab/index.ts';
import { xUrl } from './platform-names.ts';
import { tsvRow } from './text.ts';
import { meltwaterDateTime } from './time.ts';
import { vendorSentiment } from './vendor-sentiment.ts';
import type { FormatWriter, WriterContext, WrittenFile } from './writer.ts';

export const MELTWATER_FILE = 'meltwater/export.csv';
export const MELTWATER_HEADER = [
  'Date', 'Time', 'Document ID', 'URL', 'Headline', 'Hit Sentence', 'Source Type', 'Source Name', 'Influencer', 'Author Name',
  'Language', 'Country', 'Reach', 'Sentiment', 'Engagement', 'Likes', 'Shares', 'Comments', 'Hashtags', 'Input Name', 'Keywords', 'Tweet Id',
] as const;

const SOURCE_TYPE: Partial<Record<Platform, string>> = {
  twitter: 'X', facebook: 'Facebook', instagram: 'Instagram', reddit: 'Reddit', news: 'News', blog: 'Blogs', forum: 'Forums',
};
const DOC_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const label = { positive: 'Positive', negative: 'Negative', neutral: 'Neutral' } as const;

export function meltwaterWriter(ctx: WriterContext): FormatWriter {
  const sink = new Sink(join(ctx.out, MELTWATER_FILE), 'utf16le');
  const rng = ctx.rng;
  let rows = 0;
  sink.write(`\uFEFF${tsvRow(MELTWATER_HEADER)}`);
  return {
    format: 'meltwater',
    sink,
    write(m: Mention) {
      const a = m.author;
      const tw = m.platform === 'twitter';
      const [date, time] = meltwaterDateTime(m.createdAt);
      const social = !a.site;
      rows++;
      return sink.write(
        tsvRow([
          date, time, `${m.createdAt}_${rng.alnum(28, DOC_ID_ALPHABET)}`, tw ? xUrl(a.handle, m.id) : m.url, m.title,
          m.text.replace(/[\t\r\n]+/g, ' '), SOURCE_TYPE[m.platform]!, a.site?.name ?? SOURCE_TYPE[m.platform]!,
          social ? `@${a.handle}` : '', a.name, PACKS[m.lang].name, COUNTRIES[a.country]!.name, a.followers,
          rng.chance(0.04) ? 'Not Rated' : label[vendorSentiment(rng, m.sentiment)], m.likes + m.shares + m.comments,
          m.likes, m.shares, m.comments, m.hashtags.map((h) => `#${h}`).join(' '), brandByKey(m.brand).name, m.matched, tw ? m.id : '',
        ]),
      );
    },
    async finish(): Promise<WrittenFile> {
      await sink.close();
      return { file: MELTWATER_FILE, format: 'meltwater', encoding: 'utf-16le with BOM, tab-separated', rows, bytes: sink.bytes, headerLine: 1, rejects: [], reExported: [], notes: {} };
    },
  };
}
