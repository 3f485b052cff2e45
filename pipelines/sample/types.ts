export type Platform = 'twitter' | 'instagram' | 'facebook' | 'youtube' | 'tiktok' | 'reddit' | 'news' | 'blog' | 'forum';
export type Lang = 'en' | 'tr' | 'es' | 'de' | 'ar' | 'hu';
export type BrandKey = 'pakkit' | 'rushbee' | 'grubzy';
export type ThemeKey = 'delivery_delay' | 'double_charge' | 'app_crash' | 'refund_missing';
export type Sentiment = 'positive' | 'negative' | 'neutral';
export type Kind = 'post' | 'reply' | 'repost' | 'quote';
export type FormatName = 'generic-csv' | 'brandwatch' | 'talkwalker' | 'meltwater' | 'x-v2' | 'reddit';

export interface Site {
  name: string;
  domain: string;
}

export interface Author {
  index: number;
  platform: Platform;
  id: string;
  handle: string;
  name: string;
  followers: number;
  following: number;
  posts: number;
  listed: number;
  verified: boolean;
  lang: Lang;
  country: string;
  offsetMinutes: number;
  location: string;
  site: Site | null;
  influencer: boolean;
  brand: BrandKey | null;
}

/** A snapshot of an earlier post, kept instead of the post itself so reply chains do not pin memory. */
export interface PostRef {
  id: string;
  platform: Platform;
  url: string;
  author: Author;
  text: string;
  title: string;
  lang: Lang;
  createdAt: number;
  conversationId: string;
  brand: BrandKey;
  others: BrandKey[];
  sentiment: Sentiment;
  theme: ThemeKey | null;
  hashtags: string[];
  subreddit: string;
}

export interface Mention {
  seq: number;
  platform: Platform;
  id: string;
  url: string;
  createdAt: number;
  author: Author;
  kind: Kind;
  parent: PostRef | null;
  conversationId: string;
  title: string;
  text: string;
  lang: Lang;
  brand: BrandKey;
  others: BrandKey[];
  matched: string;
  sentiment: Sentiment;
  theme: ThemeKey | null;
  spike: boolean;
  hashtags: string[];
  mentioned: Author[];
  links: string[];
  likes: number;
  shares: number;
  comments: number;
  quotes: number;
  views: number;
  subreddit: string;
}

export interface SampleOptions {
  rows: number;
  seed: number;
  out: string;
  formats: FormatName[];
  start: string;
  days: number;
}
