const ARABIC_DIACRITICS = /[\u064B-\u0652\u0640\u0670]/g;
const ARABIC_ALEF = /[أإآٱ]/g;
const REPEATS = /(\p{L})\1{2,}/gu;

/**
 * The one spelling both lexicon entries and text tokens are reduced to: lowercase (Turkish dotted and
 * dotless i kept apart), letters repeated three or more times cut to two ("goooood" → "good"), and
 * for Arabic no diacritics or tatweel, one alef, ى → ي, ة → ه, repeats cut to one.
 */
export function normalizeWord(word: string, lang: string | null): string {
  if (lang === 'tr' || lang === 'az') {
    word = word.replaceAll('I', 'ı').replaceAll('İ', 'i');
  }
  let out = word.toLowerCase();
  if (lang === 'ar' || lang === 'fa' || lang === 'ur') {
    out = out.replace(ARABIC_DIACRITICS, '').replace(ARABIC_ALEF, 'ا').replaceAll('ى', 'ي').replaceAll('ة', 'ه');
    return out.replace(REPEATS, '$1');
  }
  return REPEATS.test(out) ? out.replace(REPEATS, '$1$1') : out;
}
