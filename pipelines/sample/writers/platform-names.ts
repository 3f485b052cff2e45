import type { Mention, Platform } from '../types.ts';

export const SOCIAL_DOMAIN: Partial<Record<Platform, string>> = {
  twitter: 'twitter.com', instagram: 'instagram.com', facebook: 'facebook.com', youtube: 'youtube.com', tiktok: 'tiktok.com', reddit: 'reddit.com',
};

export const domainOf = (m: Mention): string => SOCIAL_DOMAIN[m.platform] ?? m.author.site?.domain ?? new URL(m.url).host;

export const xUrl = (handle: string, id: string): string => `https://x.com/${handle}/status/${id}`;
export const twitterUrl = (handle: string, id: string): string => `https://twitter.com/${handle}/status/${id}`;

export const hashtagList = (m: Mention, prefix: string): string => m.hashtags.map((h) => `${prefix}${h}`).join(', ');
