import type { Lang } from '../types.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { hu } from './hu.ts';
import type { LanguagePack } from './pack.ts';
import { tr } from './tr.ts';

export const PACKS: Readonly<Record<Lang, LanguagePack>> = { en, tr, es, de, ar, hu };

export const LANGUAGE_SHARE: Readonly<Record<Lang, number>> = { en: 45, tr: 18, es: 12, de: 10, ar: 8, hu: 7 };
