import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalMentionId, nativeIdFromUrl } from '../../pipelines/sample/ids.ts';
import { jsonLines, parseDelimited, readUtf8 } from './parse.ts';

/** One delivered row, read back the way an ingest would: id, time, author, text and links. */
export interface Row {
  file: string;
  id: string;
  at: number;
  author: string;
  text: string;
  refs: string[];
  /** Tweets an X page includes as context for its tweets; they must exist but are not links of this row. */
  context?: string[];
  /** platform:native id, for rows whose canonical id is another (web posts from vendors are keyed by URL): references use it. */
  native?: string;
}

const canon = (platform: string): string => (platform === 'twitter' || platform === 'X' ? 'x' : platform.toLowerCase());
const spacedUtc = (s: string): number => Date.parse(`${s.replace(' ', 'T').replace(/\.0$/, '')}Z`);
const table = (records: string[][]) => {
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
};

export function genericRows(dir: string): Row[] {
  return table(parseDelimited(readUtf8(dir, 'generic/mentions.csv')).map((r) => r.fields))
    .filter((r) => Object.keys(r).length === 17 && !Number.isNaN(Date.parse(r.created_at!)) && r.country !== '')
    .map((r) => ({
      file: 'generic', id: canonicalMentionId(canon(r.platform!), r.id!, r.url!, { withNativeId: true }), native: `${canon(r.platform!)}:${r.id}`, at: Date.parse(r.created_at!), author: r.author!, text: r.text!,
      refs: [r.reply_to, r.repost_of].filter(Boolean).map((id) => `${canon(r.platform!)}:${id}`),
    }));
}

export function brandwatchRows(dir: string): Row[] {
  const lines = readUtf8(dir, 'brandwatch/mentions-export.csv').replace(/^\uFEFF/, '').split('\r\n');
  return table(parseDelimited(lines.slice(6).join('\r\n')).map((r) => r.fields)).map((r) => ({
    file: 'brandwatch', id: canonicalMentionId(canon(r['Page Type']!), nativeIdFromUrl(r.Url!), r.Url!, { withNativeId: false }), native: `${canon(r['Page Type']!)}:${nativeIdFromUrl(r.Url!)}`, at: spacedUtc(r.Date!), author: r.Author!, text: `${r.Title}\n${r['Full Text']}`,
    refs: [r['Twitter Reply to'], r['Twitter Retweet of']].filter(Boolean).map((u) => `x:${nativeIdFromUrl(u!)}`),
  }));
}

const TALKWALKER_PLATFORM: Record<string, string> = {
  SOCIALMEDIA_TWITTER: 'x', SOCIALMEDIA_INSTAGRAM: 'instagram', SOCIALMEDIA_FACEBOOK: 'facebook', ONLINENEWS: 'news', BLOG: 'blog', FORUM: 'forum',
};

export function talkwalkerRows(dir: string): Row[] {
  return table(parseDelimited(readUtf8(dir, 'talkwalker/results.csv')).map((r) => r.fields)).map((r) => ({
    file: 'talkwalker', id: canonicalMentionId(TALKWALKER_PLATFORM[r.source_type!]!, nativeIdFromUrl(r.url!), r.url!, { withNativeId: false }), native: `${TALKWALKER_PLATFORM[r.source_type!]}:${nativeIdFromUrl(r.url!)}`,
    at: /^\d+$/.test(r.published!) ? Number(r.published) : spacedUtc(r.published!), text: `${r.title}\n${r.content}`, refs: [],
    author: r.source_type === 'SOCIALMEDIA_TWITTER' ? new URL(r.url!).pathname.split('/')[1]! : r['extra_author_attributes.name']!,
  }));
}

const MELTWATER_PLATFORM: Record<string, string> = { X: 'x', Facebook: 'facebook', Instagram: 'instagram', Reddit: 'reddit', News: 'news', Blogs: 'blog', Forums: 'forum' };

export function meltwaterText(dir: string): string {
  return readFileSync(join(dir, 'meltwater/export.csv')).toString('utf16le').replace(/^\uFEFF/, '');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function meltwaterTime(date: string, time: string): number {
  const [d, mon, y] = date.split('-');
  const [, h, m, ampm] = /^(\d\d):(\d\d) (AM|PM)$/.exec(time)!;
  const hour = (Number(h) % 12) + (ampm === 'PM' ? 12 : 0);
  return Date.UTC(Number(y), MONTHS.indexOf(mon!), Number(d), hour, Number(m));
}

export function meltwaterRows(dir: string): Row[] {
  return table(parseDelimited(meltwaterText(dir), '\t').map((r) => r.fields)).map((r) => ({
    file: 'meltwater', id: canonicalMentionId(MELTWATER_PLATFORM[r['Source Type']!]!, r['Tweet Id'] || nativeIdFromUrl(r.URL!), r.URL!, { withNativeId: false }), native: `${MELTWATER_PLATFORM[r['Source Type']!]}:${r['Tweet Id'] || nativeIdFromUrl(r.URL!)}`,
    at: meltwaterTime(r.Date!, r.Time!), author: r.Influencer!.replace(/^@/, ''), text: `${r.Headline}\n${r['Hit Sentence']}`, refs: [],
  }));
}

interface XPage {
  data: { id: string; text: string; author_id: string; created_at: string; referenced_tweets?: { id: string }[] }[];
  includes: { users: { id: string; username: string }[]; tweets?: { id: string }[] };
  meta: { result_count: number; next_token?: string };
}

export const xPages = (dir: string): XPage[] => jsonLines<XPage>(dir, 'x-api/tweets.jsonl');

export function xRows(dir: string): Row[] {
  return xPages(dir).flatMap((page) =>
    page.data.map((t) => ({
      file: 'x-v2', id: `x:${t.id}`, at: Date.parse(t.created_at), text: t.text,
      author: page.includes.users.find((u) => u.id === t.author_id)!.username,
      refs: (t.referenced_tweets ?? []).map((r) => `x:${r.id}`),
      context: (page.includes.tweets ?? []).map((r) => `x:${r.id}`),
    })),
  );
}

export type RedditDoc = Record<string, string | number>;

export function redditRows(dir: string): Row[] {
  return jsonLines<RedditDoc>(dir, 'reddit/comments.ndjson').map((d) => ({
    file: 'reddit', id: `reddit:${d.name ?? (d.parent_id ? 't1_' : 't3_') + d.id}`, at: Number(d.created_utc) * 1000, author: String(d.author),
    text: String(d.body ?? `${d.title}\n${d.selftext}`),
    refs: d.parent_id ? [String(d.parent_id), String(d.link_id)].map((p) => `reddit:${p}`) : [],
  }));
}

/** Every delivered row; references by native id are resolved to the canonical id of the post they name. */
export function allRows(dir: string): Row[] {
  const rows = [...genericRows(dir), ...brandwatchRows(dir), ...talkwalkerRows(dir), ...meltwaterRows(dir), ...xRows(dir), ...redditRows(dir)];
  const canonical = new Map(rows.filter((r) => r.native).map((r) => [r.native!, r.id]));
  return rows.map((r) => ({ ...r, refs: r.refs.map((ref) => canonical.get(ref) ?? ref) }));
}
