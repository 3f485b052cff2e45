const FOLD: Readonly<Record<string, string>> = {
  ç: 'c', ğ: 'g', ı: 'i', İ: 'i', ö: 'o', ş: 's', ü: 'u', á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ñ: 'n',
  ő: 'o', ű: 'u', ä: 'ae', ß: 'ss', â: 'a', î: 'i', û: 'u',
};

/** Lowercase ASCII for handles and URL slugs; characters with no spelling here are dropped. */
export function asciiFold(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
    else if (FOLD[ch] !== undefined) out += FOLD[ch];
    else if (ch === ' ' || ch === '-') out += '-';
  }
  return out;
}

export const slugify = (text: string, max = 48): string =>
  asciiFold(text).replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, max).replace(/-$/, '') || 'post';
