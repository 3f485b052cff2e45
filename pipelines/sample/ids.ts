import { createHash } from 'node:crypto';
import type { Rng } from './prng.ts';

const TWITTER_EPOCH = 1288834974657;
const INSTAGRAM_EPOCH = 1314220021721;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** 7^10: coprime with 2, 3 and 5, so multiplying by it permutes [0, 10^k), [0, 36^k) and [0, 2^k). */
const MIX = 282_475_249;

/** An affine bijection on [0, modulus): ids look random yet never repeat (exact while counter < 3e7). */
export const scrambled = (counter: number, modulus: number, salt: number): number => (counter * MIX + salt) % modulus;

/**
 * A Twitter/X snowflake: milliseconds since the X epoch shifted left 22 bits, plus 22 low bits that make
 * it unique. Computed in two exact halves of six decimal digits instead of BigInt, which is ~10x slower.
 */
export function snowflake(ms: number, counter: number): string {
  const t = ms - TWITTER_EPOCH;
  const low = (Math.imul(counter, 0x9e3779b1) >>> 0) & 0x3fffff;
  const q = Math.floor(t / 1e6);
  const x = (t - q * 1e6) * 4194304 + low;
  const high = q * 4194304 + Math.floor(x / 1e6);
  return `${high}${String(x % 1e6).padStart(6, '0')}`;
}

/** Instagram's shortcode is its 64-bit media id in base 64; the id is handled as 40 high and 24 low bits. */
export function instagramShortcode(ms: number, counter: number): string {
  const t = ms - INSTAGRAM_EPOCH;
  let high = Math.floor(t / 2);
  const low = (t % 2) * 8388608 + ((Math.imul(counter, 0x9e3779b1) >>> 0) & 0x7fffff);
  let code = '';
  for (let i = 0, n = low; i < 4; i++, n = Math.floor(n / 64)) code = BASE64URL[n % 64] + code;
  while (high > 0) {
    code = BASE64URL[high % 64] + code;
    high = Math.floor(high / 64);
  }
  return code.replace(/^A+/, '');
}

export const base36 = (n: number, width: number): string => n.toString(36).padStart(width, '0');

export const randomBase64Url = (rng: Rng, length: number): string => rng.alnum(length, BASE64URL);

/**
 * How a native post id is read back from a URL in any of the exports: the `comment_id` or `lc` query
 * parameter, else `v`, else for Reddit the comment (or, for a submission, the thread) after `/comments/`,
 * else the last path segment.
 */
export function nativeIdFromUrl(url: string): string {
  const parsed = new URL(url);
  const query = parsed.searchParams;
  const fromQuery = query.get('comment_id') ?? query.get('lc') ?? query.get('v');
  if (fromQuery) return fromQuery;
  const segments = parsed.pathname.split('/').filter(Boolean);
  const comments = segments.indexOf('comments');
  if (parsed.hostname.endsWith('reddit.com') && comments >= 0) return segments[comments + 3] ?? segments[comments + 1]!;
  return segments[segments.length - 1]!;
}

const WEB_PLATFORMS = new Set(['news', 'blog', 'forum', 'web']);

/** The SQL macro normalize_url (queries/ddl/00_macros.sql), for the sample's plain URLs. */
const normalizeUrl = (url: string): string => url.trim().toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '');

/**
 * The mention id staging gives a post (queries/staging/stg_raw_rows.sql): Reddit posts by their fullname
 * (t1_ comment, t3_ thread); a news, blog or forum post delivered without its own id (every vendor
 * export) by its address; others by platform and native id.
 */
export function canonicalMentionId(platform: string, nativeId: string, url: string, delivered: { withNativeId: boolean }): string {
  if (WEB_PLATFORMS.has(platform) && !delivered.withNativeId) return `${platform}:u${createHash('md5').update(normalizeUrl(url)).digest('hex').slice(0, 16)}`;
  if (platform === 'reddit' && !/^t[13]_/.test(nativeId)) {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    const comment = segments[segments.indexOf('comments') + 3];
    return `reddit:${comment ? 't1' : 't3'}_${nativeId}`;
  }
  return `${platform}:${nativeId}`;
}
