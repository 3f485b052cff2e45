import type { Lang, Sentiment, ThemeKey } from '../types.ts';

/**
 * Templates use slots: {b} the brand as written, {r} another brand, {p} a product of {b}, {h} hours,
 * {m} minutes, {d} days, {a} an amount with currency, {c} a city. The tone of a template is the tone
 * toward {b}; "switched from {b} to {r}" is therefore negative.
 */
export interface LanguagePack {
  lang: Lang;
  name: string;
  countries: Readonly<Record<string, number>>;
  cities: string[];
  currency: (amount: number) => string;
  firstNames: string[];
  lastNames: string[];
  /** Latin spellings of the names, same order, for handles when the names are not in Latin script. */
  latinFirstNames?: string[];
  latinLastNames?: string[];
  tone: Record<Sentiment, string[]>;
  themes: Record<ThemeKey, string[]>;
  greenbox: string[];
  care: string[];
  headlines: Record<Sentiment, string[]>;
  tags: string[];
}
