import { brandByKey, type Brand } from './brands.ts';
import { decorate, fill } from './compose.ts';
import type { Rng, Weights } from './prng.ts';
import type { BrandKey, Lang, Platform, Sentiment, ThemeKey } from './types.ts';
import { PACKS } from './vocab/index.ts';

export const BRAND_SHARE: Weights<BrandKey> = { pakkit: 50, rushbee: 30, grubzy: 20 };
const OURS_TONE: Weights<Sentiment> = { positive: 33, negative: 25, neutral: 42 };
const RIVAL_TONE: Weights<Sentiment> = { positive: 35, negative: 22, neutral: 43 };
const THEME_SHARE: Weights<ThemeKey | 'none'> = { delivery_delay: 34, double_charge: 20, app_crash: 18, refund_missing: 14, none: 14 };

export interface Content {
  title: string;
  text: string;
  brand: BrandKey;
  others: BrandKey[];
  matched: string;
  sentiment: Sentiment;
  theme: ThemeKey | null;
}

export interface ContentRequest {
  lang: Lang;
  platform: Platform;
  brand: BrandKey | null;
  forcedTheme: ThemeKey | null;
  emergingChance: number;
  /** A thread-opening post (a Reddit submission) carries a title; comments do not. */
  opensThread: boolean;
}

function pickTemplate(rng: Rng, req: ContentRequest, brand: Brand): { template: string; sentiment: Sentiment; theme: ThemeKey | null } {
  const pack = PACKS[req.lang];
  if (req.forcedTheme) return { template: rng.pick(pack.themes[req.forcedTheme]), sentiment: 'negative', theme: req.forcedTheme };
  if (brand.ours && req.emergingChance > 0 && rng.chance(req.emergingChance)) {
    const template = rng.pick(pack.greenbox);
    return { template, sentiment: template.includes('?') ? 'neutral' : 'positive', theme: null };
  }
  const sentiment = rng.weighted(brand.ours ? OURS_TONE : RIVAL_TONE);
  if (brand.ours && sentiment === 'negative') {
    const theme = rng.weighted(THEME_SHARE);
    if (theme !== 'none') return { template: rng.pick(pack.themes[theme]), sentiment, theme };
  }
  return { template: rng.pick(pack.tone[sentiment]), sentiment, theme: null };
}

export function makeContent(rng: Rng, req: ContentRequest): Content {
  const pack = PACKS[req.lang];
  const brand = brandByKey(req.brand ?? rng.weighted(BRAND_SHARE));
  const { template, sentiment, theme } = pickTemplate(rng, req, brand);
  const filled = fill(rng, template, pack, brand);
  let text = decorate(rng, filled.text, { platform: req.platform, pack, sentiment, brand });
  let title = '';
  if (req.platform === 'news' || req.platform === 'blog') {
    title = fill(rng, rng.pick(pack.headlines[sentiment]), pack, brand).text;
    text = `"${filled.text}"`;
  } else if (req.platform === 'reddit' && req.opensThread) {
    const pool = (theme ? pack.themes[theme] : pack.tone[sentiment]).filter((t) => t !== template);
    title = filled.text;
    text = fill(rng, rng.pick(pool), pack, brand).text;
  }
  return { title, text, brand: brand.key, others: filled.others, matched: filled.matched, sentiment, theme };
}
