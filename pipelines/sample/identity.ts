import { slugify } from './ascii.ts';
import { base36, instagramShortcode, randomBase64Url, scrambled, snowflake } from './ids.ts';
import type { Rng } from './prng.ts';
import { SUBREDDITS } from './sites.ts';
import type { Author, Kind, PostRef } from './types.ts';

export interface Identity {
  id: string;
  url: string;
  conversationId: string;
  subreddit: string;
  threadTitle: string;
}

const SECTIONS = ['business', 'tech', 'city', 'economy'];

const made = (id: string, url: string, conversationId: string): Identity => ({ id, url, conversationId, subreddit: '', threadTitle: '' });

/** The platform-native id and public URL of a new post, in the shapes each platform really uses. */
export function identify(rng: Rng, seq: number, at: number, author: Author, kind: Kind, parent: PostRef | null, title: string): Identity {
  const root = parent?.conversationId ?? '';
  switch (author.platform) {
    case 'twitter': {
      const id = snowflake(at, seq);
      return made(id, `https://twitter.com/${author.handle}/status/${id}`, kind === 'reply' ? root : id);
    }
    case 'instagram': {
      if (parent) {
        const id = `18${String(scrambled(seq, 1e15, 71_113)).padStart(15, '0')}`;
        return made(id, `https://www.instagram.com/p/${root}/c/${id}/`, root);
      }
      const id = instagramShortcode(at, seq);
      return made(id, `https://www.instagram.com/p/${id}/`, id);
    }
    case 'facebook': {
      const id = `${parent ? 2 : 1}${String(scrambled(seq, 1e15, 52_361)).padStart(15, '0')}`;
      if (parent) return made(id, `https://www.facebook.com/${parent.author.handle}/posts/${root}?comment_id=${id}`, root);
      return made(id, `https://www.facebook.com/${author.handle}/posts/${id}`, id);
    }
    case 'youtube': {
      if (parent) {
        const id = `Ugx${randomBase64Url(rng, 23)}`;
        return made(id, `https://www.youtube.com/watch?v=${root}&lc=${id}`, root);
      }
      const id = randomBase64Url(rng, 11);
      return made(id, `https://www.youtube.com/watch?v=${id}`, id);
    }
    case 'tiktok': {
      const id = snowflake(at, seq).replace(/^./, '7');
      return made(id, `https://www.tiktok.com/@${author.handle}/video/${id}`, id);
    }
    case 'reddit': {
      if (parent) {
        const id = `k${base36(scrambled(seq, 36 ** 6, 30_011), 6)}`;
        const permalink = `/r/${parent.subreddit}/comments/${root}/${slugify(parent.title)}/${id}/`;
        return { id, url: `https://www.reddit.com${permalink}`, conversationId: root, subreddit: parent.subreddit, threadTitle: parent.title };
      }
      const id = `1${base36(scrambled(seq, 36 ** 6, 77_017), 6)}`;
      const subreddit = rng.pick(SUBREDDITS[author.lang]);
      return { id, url: `https://www.reddit.com/r/${subreddit}/comments/${id}/${slugify(title)}/`, conversationId: id, subreddit, threadTitle: title };
    }
    case 'news':
    case 'blog':
    case 'forum': {
      const id = base36(scrambled(seq, 36 ** 8, 1_000_003), 8);
      const path = author.platform === 'news' ? `${rng.pick(SECTIONS)}/${id}` : author.platform === 'blog' ? `p/${id}` : `post/${id}`;
      const host = parent ? new URL(parent.url).host : author.site!.domain;
      return made(id, `https://${host}/${path}`, parent ? root : id);
    }
  }
}
