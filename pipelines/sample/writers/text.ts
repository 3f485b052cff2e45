const NEEDS_QUOTES = /[",\r\n]/;
const NEEDS_QUOTES_TSV = /["\t\r\n]/;

/** RFC 4180: quote a field holding the delimiter, a quote or a line break; double inner quotes. */
export const csvField = (value: string): string => (NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export const csvRow = (fields: readonly (string | number)[]): string =>
  `${fields.map((f) => (typeof f === 'number' ? String(f) : csvField(f))).join(',')}\r\n`;

export const tsvField = (value: string): string => (NEEDS_QUOTES_TSV.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export const tsvRow = (fields: readonly (string | number)[]): string =>
  `${fields.map((f) => (typeof f === 'number' ? String(f) : tsvField(f))).join('\t')}\r\n`;

export function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Offsets into text as Unicode code points, which is how the X API counts entity positions. */
export function codePointOffset(text: string, utf16Index: number): number {
  let n = 0;
  for (let i = 0; i < utf16Index; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
