import { OURS, SPIKE_THEME } from './brands.ts';
import { makeContent, type Content } from './content.ts';
import { identify } from './identity.ts';
import { FORMAT_PLATFORMS, INFLUENCER_PARENT_SHARE, INFLUENCER_POST_SHARE, KIND_SHARE } from './platforms.ts';
import type { Rng, Weights } from './prng.ts';
import { Ring } from './ring.ts';
import type { DayPlan } from './timeline.ts';
import type { Author, FormatName, Kind, Mention, Platform, PostRef, ThemeKey } from './types.ts';
import { PACKS } from './vocab/index.ts';
import type { World } from './world.ts';
import { PLATFORMS } from './world.ts';

const MENTION_RE = /@([A-Za-z0-9_.]*[A-Za-z0-9_])/g;

interface Thread {
  root: PostRef;
  comments: Ring<PostRef>;
}

export interface Received {
  replies: Int32Array;
  reposts: Int32Array;
  quotes: Int32Array;
  mentions: Int32Array;
}

/** Makes mentions one at a time in time order; replies and reposts point only at posts made earlier. */
export class MentionFactory {
  #seq = 0;
  readonly #recent = Object.fromEntries(PLATFORMS.map((p) => [p, new Ring<PostRef>(64)])) as Record<Platform, Ring<PostRef>>;
  readonly #hot = Object.fromEntries(PLATFORMS.map((p) => [p, new Ring<PostRef>(6)])) as Record<Platform, Ring<PostRef>>;
  readonly #threads = new Ring<Thread>(40);
  readonly #handles = new Map<string, Author>();
  readonly #stars: Record<Platform, Author[]>;
  readonly received: Received;

  constructor(
    private readonly rng: Rng,
    private readonly world: World,
  ) {
    for (const a of world.authors) this.#handles.set(`${a.platform}:${a.handle.toLowerCase()}`, a);
    this.#stars = Object.fromEntries(PLATFORMS.map((p) => [p, world.influencers.filter((a) => a.platform === p)])) as Record<Platform, Author[]>;
    const n = world.authors.length;
    this.received = { replies: new Int32Array(n), reposts: new Int32Array(n), quotes: new Int32Array(n), mentions: new Int32Array(n) };
  }

  make(format: FormatName, at: number, day: DayPlan, spike: boolean): Mention {
    const rng = this.rng;
    const platform = rng.weighted(FORMAT_PLATFORMS[format] as Weights<Platform>);
    let kind = rng.weighted(KIND_SHARE[platform] as Weights<Kind>);
    if (spike && kind !== 'post') kind = rng.chance(0.3) ? 'reply' : 'post';
    const parent = kind === 'post' ? null : this.#parentFor(platform);
    if (!parent) kind = 'post';
    const seq = this.#seq++;
    const author = this.#authorFor(platform, kind, parent, spike);
    const content = this.#contentFor(kind, author, parent, spike ? SPIKE_THEME : null, day.emergingChance);
    let text = content.text;
    if (kind === 'reply' && platform === 'twitter' && parent && !text.startsWith('@')) text = `@${parent.author.handle} ${text}`;
    const links: string[] = [];
    if (kind === 'quote' && parent) links.push(parent.url);
    else if (platform !== 'reddit' && rng.chance(0.08)) links.push(`https://${content.brand}.example/${rng.pick(['help', 'app', 'promo', 'blog'])}`);
    if (kind !== 'repost') {
      for (const url of links) text += ` ${platform === 'twitter' ? `https://t.co/${rng.alnum(10)}` : url}`;
      text = this.#tag(text, platform);
    }
    const identity = identify(rng, seq, at, author, kind, parent, content.title);
    const mentioned = this.#resolve(content.title ? `${content.title} ${text}` : text, platform);
    const engagement = kind === 'repost' ? null : this.#engagement(author.followers);
    const mention: Mention = {
      seq, platform, id: identity.id, url: identity.url, createdAt: at, author, kind, parent,
      conversationId: identity.conversationId, title: content.title, text, lang: parent && (kind === 'repost' || author.brand) ? parent.lang : author.lang,
      brand: content.brand, others: content.others, matched: content.matched, sentiment: content.sentiment,
      theme: content.theme, spike, hashtags: hashtagsOf(content.title ? `${content.title} ${text}` : text), mentioned, links,
      likes: engagement?.likes ?? 0, shares: engagement?.shares ?? 0, comments: engagement?.comments ?? 0,
      quotes: engagement?.quotes ?? 0, views: engagement?.views ?? 0, subreddit: identity.subreddit,
    };
    this.#remember(mention, identity.threadTitle);
    return mention;
  }

  #parentFor(platform: Platform): PostRef | null {
    const rng = this.rng;
    if (platform === 'reddit') {
      if (this.#threads.size === 0) return null;
      const thread = this.#threads.at(rng.int(0, this.#threads.size - 1));
      return thread.comments.size > 0 && rng.chance(0.4) ? thread.comments.at(rng.int(0, thread.comments.size - 1)) : thread.root;
    }
    const hot = this.#hot[platform];
    if (hot.size > 0 && rng.chance(INFLUENCER_PARENT_SHARE[platform] ?? 0)) return hot.at(rng.int(0, hot.size - 1));
    const recent = this.#recent[platform];
    return recent.size === 0 ? null : recent.at(rng.int(0, recent.size - 1));
  }

  #authorFor(platform: Platform, kind: Kind, parent: PostRef | null, spike: boolean): Author {
    const rng = this.rng;
    if (kind === 'reply' && platform === 'twitter' && parent && !spike && parent.brand === OURS.key && parent.sentiment === 'negative' && rng.chance(0.3)) {
      return this.world.brandAccounts[OURS.key];
    }
    if (kind === 'post' && !spike && rng.chance(INFLUENCER_POST_SHARE[platform] ?? 0)) {
      const own = this.#stars[platform];
      if (own.length > 0) return rng.pick(own);
    }
    const pool = this.world.byPlatform[platform];
    let author = pool[rng.skewedIndex(pool.length, 1.6)]!;
    if (parent && author.id === parent.author.id) author = pool[rng.int(0, pool.length - 1)]!;
    return author;
  }

  #contentFor(kind: Kind, author: Author, parent: PostRef | null, forcedTheme: ThemeKey | null, emergingChance: number): Content {
    if (author.brand && parent) {
      const text = `@${parent.author.handle} ${this.rng.pick(PACKS[parent.lang].care)}`;
      return { title: '', text, brand: author.brand, others: [], matched: author.handle, sentiment: 'neutral', theme: null };
    }
    if (kind === 'repost' && parent) {
      return { title: '', text: `RT @${parent.author.handle}: ${parent.text}`, brand: parent.brand, others: parent.others, matched: parent.brand, sentiment: parent.sentiment, theme: parent.theme };
    }
    const brand = forcedTheme ? OURS.key : parent && this.rng.chance(0.75) ? parent.brand : null;
    return makeContent(this.rng, { lang: author.lang, platform: author.platform, brand, forcedTheme, emergingChance, opensThread: kind === 'post' });
  }

  #tag(text: string, platform: Platform): string {
    const rng = this.rng;
    if ((platform !== 'twitter' && platform !== 'instagram' && platform !== 'tiktok') || !rng.chance(0.1)) return text;
    const stars = this.#stars[platform];
    const pool = this.world.byPlatform[platform];
    const who = stars.length > 0 && rng.chance(0.55) ? rng.pick(stars) : pool[rng.int(0, pool.length - 1)]!;
    return rng.chance(0.5) ? `${text} cc @${who.handle}` : `@${who.handle} ${text}`;
  }

  #resolve(text: string, platform: Platform): Author[] {
    const found: Author[] = [];
    if (!text.includes('@')) return found;
    for (const match of text.matchAll(MENTION_RE)) {
      const author = this.#handles.get(`${platform}:${match[1]!.toLowerCase()}`);
      if (author && !found.includes(author)) found.push(author);
    }
    return found;
  }

  #engagement(followers: number) {
    const rng = this.rng;
    const likes = Math.floor(rng.logNormal(0.5 + 0.02 * Math.pow(followers, 0.85), 1.1));
    const shares = Math.floor(likes * 0.2 * rng.float());
    return {
      likes,
      shares,
      comments: Math.floor(likes * 0.12 * rng.float()),
      quotes: Math.floor(shares * 0.2 * rng.float()),
      views: Math.floor(followers * (0.05 + 0.4 * rng.float()) + likes * 25),
    };
  }

  #remember(m: Mention, threadTitle: string): void {
    const r = this.received;
    if (m.parent) {
      const target = m.parent.author.index;
      if (m.kind === 'reply') r.replies[target]!++;
      else if (m.kind === 'repost') r.reposts[target]!++;
      else if (m.kind === 'quote') r.quotes[target]!++;
    }
    for (const a of m.mentioned) if (a.id !== m.author.id) r.mentions[a.index]!++;
    if (m.kind === 'repost') return;
    const ref: PostRef = {
      id: m.id, platform: m.platform, url: m.url, author: m.author, text: m.text, title: m.platform === 'reddit' ? threadTitle : m.title,
      lang: m.lang, createdAt: m.createdAt, conversationId: m.conversationId, brand: m.brand, others: m.others,
      sentiment: m.sentiment, theme: m.theme, hashtags: m.hashtags, subreddit: m.subreddit,
    };
    if (m.platform === 'reddit') {
      if (m.parent) this.#threadOf(m.conversationId)?.comments.push(ref);
      else this.#threads.push({ root: ref, comments: new Ring<PostRef>(12) });
      return;
    }
    this.#recent[m.platform].push(ref);
    if (m.author.influencer) this.#hot[m.platform].push(ref);
  }

  #threadOf(rootId: string): Thread | undefined {
    for (let i = 0; i < this.#threads.size; i++) if (this.#threads.at(i).root.id === rootId) return this.#threads.at(i);
    return undefined;
  }
}

const HASHTAG_RE = /#([\p{L}\p{N}_]+)/gu;

export function hashtagsOf(text: string): string[] {
  if (!text.includes('#')) return [];
  const tags: string[] = [];
  for (const m of text.matchAll(HASHTAG_RE)) {
    const tag = m[1]!.toLowerCase();
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
