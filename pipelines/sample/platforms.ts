import type { Weights } from './prng.ts';
import type { FormatName, Kind, Platform } from './types.ts';

export const FORMAT_SHARE: Weights<FormatName> = {
  'generic-csv': 35,
  'x-v2': 20,
  brandwatch: 15,
  talkwalker: 10,
  meltwater: 10,
  reddit: 10,
};

export const FORMAT_PLATFORMS: Readonly<Record<FormatName, Partial<Record<Platform, number>>>> = {
  'generic-csv': { twitter: 40, instagram: 15, facebook: 12, youtube: 6, tiktok: 8, news: 7, blog: 5, forum: 7 },
  'x-v2': { twitter: 1 },
  brandwatch: { twitter: 45, instagram: 12, facebook: 10, reddit: 10, news: 10, forum: 7, blog: 6 },
  talkwalker: { twitter: 45, instagram: 15, facebook: 12, news: 14, blog: 7, forum: 7 },
  meltwater: { twitter: 45, facebook: 12, instagram: 12, reddit: 8, news: 13, blog: 5, forum: 5 },
  reddit: { reddit: 1 },
};

export const KIND_SHARE: Readonly<Record<Platform, Partial<Record<Kind, number>>>> = {
  twitter: { post: 58, reply: 22, repost: 15, quote: 5 },
  instagram: { post: 60, reply: 40 },
  facebook: { post: 62, reply: 38 },
  youtube: { post: 55, reply: 45 },
  tiktok: { post: 1 },
  reddit: { post: 25, reply: 75 },
  news: { post: 1 },
  blog: { post: 1 },
  forum: { post: 40, reply: 60 },
};

/** How often an influencer, rather than an ordinary account, writes an original post on the platform. */
export const INFLUENCER_POST_SHARE: Partial<Record<Platform, number>> = { twitter: 0.035, instagram: 0.09 };
/** How often a reply, repost or quote on the platform goes to a recent influencer post. */
export const INFLUENCER_PARENT_SHARE: Partial<Record<Platform, number>> = { twitter: 0.42, instagram: 0.6 };

/** The canonical platform name used in mention ids (DESIGN.md): twitter is `x`. */
export const canonicalPlatform = (platform: Platform): string => (platform === 'twitter' ? 'x' : platform);
