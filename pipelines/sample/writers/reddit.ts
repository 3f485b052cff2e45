import { join } from 'node:path';
import { Sink } from '../sink.ts';
import type { Mention } from '../types.ts';
import type { FormatWriter, WriterContext, WrittenFile } from './writer.ts';

export const REDDIT_FILE = 'reddit/comments.ndjson';

export function redditWriter(ctx: WriterContext): FormatWriter {
  const sink = new Sink(join(ctx.out, REDDIT_FILE), 'utf8');
  const rng = ctx.rng;
  let rows = 0;
  let submissions = 0;
  return {
    format: 'reddit',
    sink,
    write(m: Mention) {
      const seconds = Math.floor(m.createdAt / 1000);
      const created_utc = rng.chance(0.06) ? String(seconds) : seconds;
      const score = Math.max(-20, m.likes - rng.int(0, 3));
      const permalink = new URL(m.url).pathname;
      rows++;
      if (!m.parent) {
        submissions++;
        const doc = {
          id: m.id, author: m.author.handle, title: m.title, selftext: m.text, created_utc, subreddit: m.subreddit, score,
          num_comments: m.comments + rng.int(0, 12), url: m.url, permalink,
        };
        return sink.write(`${JSON.stringify(doc)}\n`);
      }
      const parentIsThread = m.parent.id === m.conversationId;
      const doc = {
        id: m.id, author: m.author.handle, body: m.text, created_utc, subreddit: m.subreddit, score,
        parent_id: `${parentIsThread ? 't3' : 't1'}_${m.parent.id}`, link_id: `t3_${m.conversationId}`, permalink,
      };
      return sink.write(`${JSON.stringify(doc)}\n`);
    },
    async finish(): Promise<WrittenFile> {
      await sink.close();
      return {
        file: REDDIT_FILE, format: 'reddit', encoding: 'utf-8', rows, bytes: sink.bytes, headerLine: null, rejects: [], reExported: [],
        notes: { submissions, comments: rows - submissions },
      };
    },
  };
}
