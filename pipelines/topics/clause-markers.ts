/**
 * Words that cut a sentence into clauses ("great food but late") and words that mark the brand a
 * comparison goes against ("switched from A to B", "faster than B", "A yerine B"), per language,
 * written normalized (lower case, no accents), as topic matching sees words.
 */
export interface LanguageMarkers {
  /** A clause starts at these words. */
  contrast: string[];
  /** The brand right after these words is the one left or beaten ("than B", "instead of B"). */
  loserBefore: string[];
  /** The brand right before these words is the one left ("B yerine", "B helyett"). */
  loserAfter: string[];
  /** [from, to]: the brand after `from` is left when another brand in the clause follows `to`. */
  pairs: [string, string][];
}

export const MARKERS: Record<string, LanguageMarkers> = {
  en: { contrast: ['but', 'however', 'although', 'though', 'whereas', 'while', 'yet'], loserBefore: ['than', 'over', 'instead of'], loserAfter: [], pairs: [['from', 'to']] },
  de: { contrast: ['aber', 'doch', 'sondern', 'obwohl', 'wahrend'], loserBefore: ['als', 'statt', 'anstatt'], loserAfter: [], pairs: [['von', 'zu']] },
  es: { contrast: ['pero', 'aunque', 'sino', 'mientras'], loserBefore: ['que', 'en vez de'], loserAfter: [], pairs: [['de', 'a']] },
  tr: { contrast: ['ama', 'fakat', 'ancak', 'oysa'], loserBefore: [], loserAfter: ['yerine'], pairs: [] },
  hu: { contrast: ['de', 'viszont', 'azonban', 'pedig'], loserBefore: [], loserAfter: ['helyett'], pairs: [] },
  ar: { contrast: ['لكن', 'ولكن', 'بينما'], loserBefore: ['تركت'], loserAfter: [], pairs: [['من', 'الى']] },
};

/** For a mention without a known language: every list, except words that are common in another language ("de", "a"). */
export const ANY_LANGUAGE: LanguageMarkers = {
  contrast: [...new Set(Object.values(MARKERS).flatMap((m) => m.contrast))].filter((w) => w !== 'de'),
  loserBefore: [...new Set(Object.values(MARKERS).flatMap((m) => m.loserBefore))].filter((w) => w !== 'que'),
  loserAfter: [...new Set(Object.values(MARKERS).flatMap((m) => m.loserAfter))],
  pairs: Object.values(MARKERS).flatMap((m) => m.pairs).filter(([from]) => from !== 'de'),
};

export function markersFor(lang: string | null): LanguageMarkers {
  return (lang && MARKERS[lang]) || ANY_LANGUAGE;
}
