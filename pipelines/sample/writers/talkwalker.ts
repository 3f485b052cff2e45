import { join } from 'node:path';
import { Sink } from '../sink.ts';
import type { Mention, Platform } from '../types.ts';
import { xUrl } from './platform-names.ts';
import { csvRow } from './text.ts';
import { spaced } from './time.ts';
import { vendorScore } from './vendor-sentiment.ts';
import type { FormatWriter, WriterContext, WrittenFile } from './writer.ts';

export const TALKWALKER_FILE = 'talkwalker/results.csv';
export const TALKWALKER_HEADER = [
  'url', 'published', 'title', 'content', 'lang', 'source_type', 'post_type', 'extra_author_attributes.name',
  'extra_author_attributes.id', 'extra_source_attributes.name', 'extra_source_attributes.world_data.country_code',
  'domain_url', 'reach', 'engagement', 'likes', 'shares', 'comments', 'sentiment',
] as const;

const SOURCE: Partial<Record<Platform, [string, string, string]>> = {
  twitter: ['SOCIALMEDIA_TWITTER', 'X', 'https://x.com'],
  instagram: ['SOCIALMEDIA_INSTAGRAM', 'Instagram', 'https://www.instagram.com'],
  facebook: ['SOCIALMEDIA_FACEBOOK', 'Facebook', 'https://www.facebook.com'],
  news: ['ONLINENEWS', '', ''],
  blog: ['BLOG', '', ''],
  forum: ['FORUM', '', ''],
};

function postType(m: Mention, r: number): string {
  if (m.platform === 'instagram') return r < 0.3 ? 'VIDEO' : 'IMAGE';
  if (m.platform === 'news' || m.platform === 'blog') return 'TEXT';
  return r < 0.2 ? 'IMAGE' : r < 0.27 ? 'VIDEO' : 'TEXT';
}

export function talkwalkerWriter(ctx: WriterContext): FormatWriter {
  const sink = new Sink(join(ctx.out, TALKWALKER_FILE), 'utf8');
  const rng = ctx.rng;
  let rows = 0;
  sink.write(csvRow(TALKWALKER_HEADER));
  return {
    format: 'talkwalker',
    sink,
    write(m) {
      const a = m.author;
      const [sourceType, sourceName, domainUrl] = SOURCE[m.platform]!;
      const site = a.site;
      rows++;
      return sink.write(
        csvRow([
          m.platform === 'twitter' ? xUrl(a.handle, m.id) : m.url, rng.chance(0.5) ? m.createdAt : spaced(m.createdAt), m.title, m.text,
          m.lang, sourceType, postType(m, rng.float()), a.name, a.id, site ? site.name : sourceName, a.country.toLowerCase(),
          site ? `https://${site.domain}` : domainUrl, a.followers, m.likes + m.shares + m.comments, m.likes, m.shares, m.comments,
          vendorScore(rng, m.sentiment),
        ]),
      );
    },
    async finish(): Promise<WrittenFile> {
      await sink.close();
      return { file: TALKWALKER_FILE, format: 'talkwalker', encoding: 'utf-8', rows, bytes: sink.bytes, headerLine: 1, rejects: [], reExported: [], notes: {} };
    },
  };
}
