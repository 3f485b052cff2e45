/**
 * True when the text ends a statement: its last character outside quotes and comments is `;`.
 * Quotes ('…', "…", $$…$$) and block comments may span lines, so the scan covers the whole buffer.
 */
export function endsStatement(text: string): boolean {
  let last = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" || ch === '"') {
      const close = text.indexOf(ch, i + 1);
      if (close < 0) return false;
      i = close;
      last = ch;
    } else if (ch === '$' && text[i + 1] === '$') {
      const close = text.indexOf('$$', i + 2);
      if (close < 0) return false;
      i = close + 1;
      last = '$';
    } else if (ch === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    } else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return false;
      i = close + 1;
    } else if (!/\s/.test(ch)) {
      last = ch;
    }
  }
  return last === ';';
}
