/** The language of one text: ISO 639-1 code (or null when unknown) and a confidence in [0, 1]. */
export interface LanguageGuess {
  lang: string | null;
  confidence: number;
}

/** A swappable language detector (DESIGN.md, "Swappable models"). */
export interface LanguageDetector {
  readonly name: string;
  detect(text: string): LanguageGuess;
}

/** For tests and single-language workspaces: every text is in `lang`. */
export function constantDetector(lang: string | null, confidence = 1): LanguageDetector {
  return { name: `constant:${lang ?? 'unknown'}`, detect: () => ({ lang, confidence: lang ? confidence : 0 }) };
}

export type LangSource = 'export' | 'detected' | 'unknown';

export interface ResolvedLanguage extends LanguageGuess {
  source: LangSource;
}

const ISO_639_1 = /^[a-z]{2}$/;

const normalized = new Map<string, string | null>();

/** Normalizes an export's language value ("EN", "en-US", "tr_TR") to ISO 639-1, or null when unusable. */
export function normalizeExportLang(value: string | null | undefined): string | null {
  if (!value) return null;
  let code = normalized.get(value);
  if (code === undefined) {
    code = normalizeLang(value);
    if (normalized.size < 10_000) normalized.set(value, code);
  }
  return code;
}

function normalizeLang(value: string): string | null {
  const code = value.trim().toLowerCase().split(/[-_]/)[0];
  return ISO_639_1.test(code) && code !== 'un' && code !== 'xx' ? code : null;
}

/** The export's own language wins; otherwise the detector decides; otherwise the language is unknown. */
export function resolveLanguage(text: string, exportLang: string | null | undefined, detector: LanguageDetector): ResolvedLanguage {
  const given = normalizeExportLang(exportLang);
  if (given) return { lang: given, confidence: 1, source: 'export' };
  const guess = detector.detect(text);
  return guess.lang ? { ...guess, source: 'detected' } : { lang: null, confidence: 0, source: 'unknown' };
}
