import { join } from 'node:path';
import { Sink } from '../sink.ts';
import type { Author, Mention, PostRef } from '../types.ts';
import { codePointOffset } from './text.ts';
import { isoMillis } from './time.ts';
import type { FormatWriter, WriterContext, WrittenFile } from './writer.ts';

export const X_FILE = 'x-api/tweets.jsonl';
const PAGE_SIZE = 100;
const REFERENCE_TYPE = { reply: 'replied_to', repost: 'retweeted', quote: 'quoted' } as const;

const user = (a: Author) => ({
  id: a.id,
  username: a.handle,
  name: a.name,
  verified: a.verified,
  location: a.location,
  public_metrics: { followers_count: a.followers, following_count: a.following, tweet_count: a.posts, listed_count: a.listed },
});

const referenced = (p: PostRef) => ({
  id: p.id, text: p.text, author_id: p.author.id, created_at: isoMillis(p.createdAt), lang: p.lang, conversation_id: p.conversationId,
});

function entities(m: Mention) {
  const cp = (i: number) => codePointOffset(m.text, i);
  const hashtags = [...m.text.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((x) => ({ start: cp(x.index), end: cp(x.index + x[0].length), tag: x[1]! }));
  const mentions = [...m.text.matchAll(/@([A-Za-z0-9_]+)/g)].flatMap((x) => {
    const who = m.mentioned.find((a) => a.handle.toLowerCase() === x[1]!.toLowerCase());
    return who ? [{ start: cp(x.index), end: cp(x.index + x[0].length), username: who.handle, id: who.id }] : [];
  });
  const urls = [...m.text.matchAll(/https:\/\/t\.co\/[A-Za-z0-9]+/g)].map((x, i) => ({
    start: cp(x.index), end: cp(x.index + x[0].length), url: x[0], expanded_url: m.links[i] ?? x[0],
  }));
  const out: Record<string, unknown> = {};
  if (hashtags.length) out.hashtags = hashtags;
  if (mentions.length) out.mentions = mentions;
  if (urls.length) out.urls = urls;
  return out;
}

function tweet(m: Mention) {
  const t: Record<string, unknown> = {
    id: m.id, text: m.text, author_id: m.author.id, created_at: isoMillis(m.createdAt), lang: m.lang, conversation_id: m.conversationId,
  };
  if (m.kind === 'reply') t.in_reply_to_user_id = m.parent!.author.id;
  t.public_metrics = { retweet_count: m.shares, reply_count: m.comments, like_count: m.likes, quote_count: m.quotes, impression_count: m.views };
  if (m.kind !== 'post') t.referenced_tweets = [{ type: REFERENCE_TYPE[m.kind], id: m.parent!.id }];
  const e = entities(m);
  if (Object.keys(e).length) t.entities = e;
  return t;
}

interface Page {
  data: object[];
  users: Map<string, object>;
  tweets: Map<string, object>;
  newest: string;
  oldest: string;
}

const emptyPage = (): Page => ({ data: [], users: new Map(), tweets: new Map(), newest: '', oldest: '' });

export function xV2Writer(ctx: WriterContext): FormatWriter {
  const sink = new Sink(join(ctx.out, X_FILE), 'utf8');
  const rng = ctx.rng;
  let page = emptyPage();
  let full: Page | null = null;
  let rows = 0;
  let pages = 0;
  let included = 0;
  const flush = (p: Page, last: boolean): Promise<void> | undefined => {
    pages++;
    included += p.tweets.size;
    const meta: Record<string, unknown> = { newest_id: p.newest, oldest_id: p.oldest, result_count: p.data.length };
    if (!last) meta.next_token = rng.alnum(27);
    const includes: Record<string, unknown> = { users: [...p.users.values()] };
    if (p.tweets.size) includes.tweets = [...p.tweets.values()];
    return sink.write(`${JSON.stringify({ data: p.data, includes, meta })}\n`);
  };
  return {
    format: 'x-v2',
    sink,
    write(m) {
      let pending: Promise<void> | undefined;
      if (full) {
        pending = flush(full, false);
        full = null;
      }
      rows++;
      page.data.push(tweet(m));
      if (!page.oldest) page.oldest = m.id;
      page.newest = m.id;
      for (const a of [m.author, ...m.mentioned]) page.users.set(a.id, user(a));
      if (m.parent) {
        page.tweets.set(m.parent.id, referenced(m.parent));
        page.users.set(m.parent.author.id, user(m.parent.author));
      }
      if (page.data.length === PAGE_SIZE) {
        full = page;
        page = emptyPage();
      }
      return pending;
    },
    async finish(): Promise<WrittenFile> {
      if (full && page.data.length === 0) await flush(full, true);
      else {
        if (full) await flush(full, false);
        if (page.data.length > 0) await flush(page, true);
      }
      await sink.close();
      return {
        file: X_FILE, format: 'x-v2', encoding: 'utf-8', rows, bytes: sink.bytes, headerLine: null, rejects: [], reExported: [],
        notes: { pages, includedReferencedTweets: included },
      };
    },
  };
}
