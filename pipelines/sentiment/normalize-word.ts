const ARABIC_DIACRITICS = /[\u064B-\u0652\u0640\u0670]/g;
const ARABIC_ALEF = /[أإآٱ]/g;
const REPEATS = /(\p{L})\1{2,}/gu;

/**
 * The one spelling both lexicon entries and text tokens are reduced to: lowercase (Turkish dotted and
 * dotless i kept apart), letters repeated three or more times cut to two ("goooood" → "good"), and
 * for Arabic no diacritics or tatweel, one alef, ى → ي, ة → ه, repeats cut to one.
 */
export function normalizeWord(word: string, lang: string | null): string {
  if ((lang === 'tr' || lang === 'az') && (word.includes('I') || word.includes('İ'))) {
    word = word.replaceAll('I', 'ı').replaceAll('İ', 'i');
  }
  let out = word.toLowerCase();
  if (lang === 'ar' || lang === 'fa' || lang === 'ur') {
    out = out.replace(ARABIC_DIACRITICS, '').replace(ARABIC_ALEF, 'ا').replaceAll('ى', 'ي').replaceAll('ة', 'ه');
    return out.replace(REPEATS, '$1');
  }
  return hasTripleRepeat(out) ? out.replace(REPEATS, '$1$1') : out;
}

/** A cheap pre-check for REPEATS: the same code unit three times in a row. */
function hasTripleRepeat(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) return true;
  }
  return false;
}
