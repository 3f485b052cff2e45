import { BRANDS, type Brand } from './brands.ts';
import type { Rng } from './prng.ts';
import type { BrandKey, Platform, Sentiment } from './types.ts';
import type { LanguagePack } from './vocab/pack.ts';

const EMOJI: Readonly<Record<Sentiment, string[]>> = {
  positive: ['😍', '👍', '🔥', '🙌', '😊', '💚', '👏'],
  negative: ['😡', '😤', '👎', '🤬', '😞', '🙄', '💸'],
  neutral: ['🤔', '📦', '🛵', '👀'],
};

const RIVALS = Object.fromEntries(BRANDS.map((b) => [b.key, BRANDS.filter((o) => o.key !== b.key)])) as Record<BrandKey, Brand[]>;

export interface Filled {
  text: string;
  matched: string;
  others: BrandKey[];
}

export function surfaceForm(rng: Rng, brand: Brand): string {
  const r = rng.float();
  if (r < 0.68) return brand.name;
  if (r < 0.82) return rng.pick(brand.aliases);
  if (r < 0.88) return rng.pick(brand.misspellings);
  if (r < 0.95) return `@${brand.handle}`;
  return `#${brand.hashtags[0]}`;
}

export const matchedKeyword = (surface: string): string => surface.replace(/^[@#]/, '').toLowerCase();

export function fill(rng: Rng, template: string, pack: LanguagePack, brand: Brand): Filled {
  const surface = surfaceForm(rng, brand);
  const others: BrandKey[] = [];
  const text = template.replace(/\{([a-z])\}/g, (_, slot: string) => {
    switch (slot) {
      case 'b':
        return surface;
      case 'r': {
        const rival = rng.pick(RIVALS[brand.key]);
        if (!others.includes(rival.key)) others.push(rival.key);
        return rival.name;
      }
      case 'p':
        return rng.pick(brand.products);
      case 'h':
        return String(rng.int(2, 4));
      case 'm':
        return String(rng.int(35, 95));
      case 'd':
        return String(rng.int(6, 24));
      case 'a':
        return pack.currency(rng.int(3, 40));
      case 'c':
        return rng.pick(pack.cities);
      default:
        return slot;
    }
  });
  return { text, matched: matchedKeyword(surface), others };
}

export interface Decoration {
  platform: Platform;
  pack: LanguagePack;
  sentiment: Sentiment;
  brand: Brand;
}

/** Adds what people add around a sentence: a hashtag or two, an emoji, an exclamation, sometimes a second line. */
export function decorate(rng: Rng, text: string, d: Decoration): string {
  let out = text;
  if (rng.chance(0.28)) out += ` ${rng.pick(EMOJI[d.sentiment])}`;
  if (rng.chance(0.06)) out += rng.pick(['!!', '...', ' 🤷']);
  if (d.platform !== 'news' && d.platform !== 'blog') {
    if (rng.chance(0.22) && !out.includes(`#${d.brand.hashtags[0]}`)) out += ` #${d.brand.hashtags[0]}`;
    if (rng.chance(0.14)) out += ` #${rng.pick(d.pack.tags)}`;
  }
  if (rng.chance(0.03)) out = out.replace(/([,.!?]) /, '$1\n');
  return out;
}
