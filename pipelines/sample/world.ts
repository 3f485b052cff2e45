import { asciiFold } from './ascii.ts';
import { BRANDS } from './brands.ts';
import { COUNTRIES } from './geo.ts';
import { randomBase64Url } from './ids.ts';
import type { Rng } from './prng.ts';
import { sites } from './sites.ts';
import type { Author, BrandKey, Lang, Platform } from './types.ts';
import { LANGUAGE_SHARE, PACKS } from './vocab/index.ts';

export interface World {
  authors: Author[];
  byPlatform: Record<Platform, Author[]>;
  influencers: Author[];
  brandAccounts: Record<BrandKey, Author>;
}

export const PLATFORMS: readonly Platform[] = ['twitter', 'instagram', 'facebook', 'youtube', 'tiktok', 'reddit', 'news', 'blog', 'forum'];

const POOL_SHARE: Readonly<Record<Platform, number>> = {
  twitter: 44, instagram: 10, facebook: 9, youtube: 4, tiktok: 5, reddit: 12, news: 3, blog: 3, forum: 10,
};

const INFLUENCERS: ReadonlyArray<Omit<Author, 'index' | 'following' | 'posts' | 'listed' | 'offsetMinutes' | 'site' | 'brand'>> = [
  { platform: 'twitter', id: '1187460335', handle: 'appwatchdaily', name: 'App Watch Daily', followers: 2140000, verified: true, lang: 'en', country: 'US', location: 'New York, NY', influencer: true },
  { platform: 'twitter', id: '402918377', handle: 'mayaeats', name: 'Maya Lindgren', followers: 1265000, verified: true, lang: 'en', country: 'GB', location: 'London', influencer: true },
  { platform: 'twitter', id: '2873310054', handle: 'techbitedeniz', name: 'Deniz Aydın | TechBite', followers: 648000, verified: true, lang: 'tr', country: 'TR', location: 'İstanbul', influencer: true },
  { platform: 'twitter', id: '1519027714606178304', handle: 'laura_consume', name: 'Laura Ibáñez', followers: 312000, verified: true, lang: 'es', country: 'ES', location: 'Madrid', influencer: true },
  { platform: 'instagram', id: '5530187726', handle: 'berlinbites', name: 'Berlin Bites', followers: 488000, verified: true, lang: 'de', country: 'DE', location: 'Berlin', influencer: true },
];

const BRAND_ACCOUNT_IDS: Readonly<Record<BrandKey, string>> = { pakkit: '1402277981', rushbee: '1209873321', grubzy: '984422150' };

function authorId(rng: Rng, platform: Platform, handle: string, used: Set<string>): string {
  for (;;) {
    const id =
      platform === 'twitter' ? (rng.chance(0.6) ? String(rng.int(10_000_000, 2_147_483_647)) : `1${rng.int(100_000_000, 999_999_999)}${rng.int(100_000_000, 999_999_999)}`)
      : platform === 'instagram' ? String(rng.int(100_000_000, 2_147_483_647))
      : platform === 'facebook' ? `1000${rng.int(10_000_000, 99_999_999)}${rng.int(1000, 9999)}`
      : platform === 'youtube' ? `UC${randomBase64Url(rng, 22)}`
      : platform === 'tiktok' ? `6${rng.int(100_000_000, 999_999_999)}${rng.int(100_000_000, 999_999_999)}`
      : platform === 'reddit' ? `t2_${rng.alnum(8)}`
      : handle;
    if (!used.has(`${platform}:${id}`)) {
      used.add(`${platform}:${id}`);
      return id;
    }
  }
}

function handleFor(rng: Rng, first: string, last: string, platform: Platform): string {
  const sep = platform === 'instagram' || platform === 'tiktok' ? rng.pick(['', '.', '_']) : rng.pick(['', '_']);
  const style = rng.int(0, 4);
  if (style === 0) return `${first}${sep}${last}`;
  if (style === 1) return `${first}${rng.int(1, 99)}`;
  if (style === 2) return `${last}${first.slice(0, 1)}${rng.int(70, 99)}`;
  if (style === 3) return `${first}${sep}${last}${rng.int(1, 9)}`;
  return `${first.slice(0, 3)}${last}`;
}

function makeAuthor(rng: Rng, index: number, platform: Platform, usedHandles: Set<string>, usedIds: Set<string>): Author {
  const lang = rng.weighted(LANGUAGE_SHARE) as Lang;
  const pack = PACKS[lang];
  const f = rng.int(0, pack.firstNames.length - 1);
  const l = rng.int(0, pack.lastNames.length - 1);
  const first = asciiFold(pack.latinFirstNames?.[f] ?? pack.firstNames[f]!);
  const last = asciiFold(pack.latinLastNames?.[l] ?? pack.lastNames[l]!);
  let handle = handleFor(rng, first, last, platform).slice(0, 15);
  while (usedHandles.has(`${platform}:${handle}`)) handle = `${handle.slice(0, 11)}${rng.int(100, 9999)}`;
  usedHandles.add(`${platform}:${handle}`);
  const country = rng.weighted(pack.countries);
  const site = platform === 'news' || platform === 'blog' || platform === 'forum' ? rng.pick(sites(platform, lang)) : null;
  const followers = Math.min(4_000_000, Math.round(rng.logNormal(site ? 40_000 : 280, site ? 1.2 : 1.7)));
  return {
    index,
    platform,
    id: authorId(rng, platform, handle, usedIds),
    handle,
    name: `${pack.firstNames[f]} ${pack.lastNames[l]}`,
    followers,
    following: Math.round(rng.logNormal(350, 1)),
    posts: Math.round(rng.logNormal(2500, 1.3)),
    listed: Math.round(followers / rng.int(80, 400)),
    verified: followers > 50_000 ? rng.chance(0.35) : rng.chance(0.003),
    lang,
    country,
    offsetMinutes: COUNTRIES[country]!.offsetMinutes,
    location: rng.chance(0.7) ? rng.pick(pack.cities) : '',
    site,
    influencer: false,
    brand: null,
  };
}

export function buildWorld(rng: Rng, rows: number): World {
  const size = Math.max(120, Math.min(50_000, Math.round(rows / 2.5)));
  const usedHandles = new Set<string>();
  const usedIds = new Set<string>();
  const authors: Author[] = [];
  const byPlatform = Object.fromEntries(PLATFORMS.map((p) => [p, [] as Author[]])) as Record<Platform, Author[]>;
  const add = (author: Author, regular = false) => {
    authors.push(author);
    if (regular) byPlatform[author.platform].push(author);
    usedHandles.add(`${author.platform}:${author.handle}`);
    usedIds.add(`${author.platform}:${author.id}`);
    return author;
  };
  const influencers = INFLUENCERS.map((seed) =>
    add({ ...seed, index: authors.length, following: 900, posts: 21000, listed: Math.round(seed.followers / 150), offsetMinutes: COUNTRIES[seed.country]!.offsetMinutes, site: null, brand: null }),
  );
  const brandAccounts = Object.fromEntries(
    BRANDS.map((brand) => [
      brand.key,
      add({
        index: authors.length, platform: 'twitter', id: BRAND_ACCOUNT_IDS[brand.key], handle: brand.handle, name: brand.name,
        followers: brand.ours ? 184000 : 142000, following: 120, posts: 48000, listed: 900, verified: true, lang: 'en', country: 'GB',
        offsetMinutes: 60, location: 'London', site: null, influencer: false, brand: brand.key,
      }),
    ]),
  ) as Record<BrandKey, Author>;
  let total = 0;
  for (const p of PLATFORMS) total += POOL_SHARE[p];
  for (const platform of PLATFORMS) {
    const count = Math.max(12, Math.round((size * POOL_SHARE[platform]) / total));
    for (let i = 0; i < count; i++) add(makeAuthor(rng, authors.length, platform, usedHandles, usedIds), true);
  }
  return { authors, byPlatform, influencers, brandAccounts };
}
