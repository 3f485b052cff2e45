/** word, emoji, emoticon, a run of "!", a run of "?" */
export type TokenKind = 'word' | 'emoji' | 'emoticon' | '!' | '?';

export interface Token {
  kind: TokenKind;
  text: string;
}

const TOKEN_RE =
  /(?:https?:\/\/|www\.)\S+|@[\p{L}\p{N}_]+|#([\p{L}\p{M}\p{N}_]+)|([\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}]+)*['’]?)|(\p{Extended_Pictographic}(?:[\u{FE0F}\u{200D}\p{Emoji_Modifier}]+\p{Extended_Pictographic}?)*|[♡♥★☆])|((?:[<>]?[:;=8][\-o*']?[)\](\[dDpP/\\}{@|3]+)|<\/?3+|[)\](\[}{][\-o*']?[:;=])|(!+)|(\?+)/gu;

/** Tokens the scorer weighs: words (hashtags as their words), emoji, emoticons, runs of ! and ?; URLs and @handles are dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_RE.exec(text)) !== null) {
    if (match[1] !== undefined) tokens.push({ kind: 'word', text: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: 'word', text: match[2] });
    else if (match[3] !== undefined) tokens.push({ kind: 'emoji', text: match[3].replace(/[\u{FE0F}\p{Emoji_Modifier}]/gu, '') });
    else if (match[4] !== undefined) tokens.push({ kind: 'emoticon', text: match[4] });
    else if (match[5] !== undefined) tokens.push({ kind: '!', text: match[5] });
    else if (match[6] !== undefined) tokens.push({ kind: '?', text: match[6] });
  }
  return tokens;
}
