import { markersFor } from './clause-markers.ts';
import { tokenize, type Token } from './normalize.ts';

export interface Clause {
  start: number;
  end: number;
}

const PUNCTUATION = /[.!?…;:,،、。！？\n]+/gu;

/**
 * Cuts a text into clauses: at sentence and clause punctuation, and before contrast words ("but",
 * "aber", "ama"…). Offsets are into the original text; empty pieces are dropped.
 */
export function splitClauses(text: string, lang: string | null, tokens: Token[] = tokenize(text)): Clause[] {
  const cuts = new Set<number>([0, text.length]);
  for (const match of text.matchAll(PUNCTUATION)) cuts.add(match.index! + match[0].length);
  const contrast = new Set(markersFor(lang).contrast);
  for (const token of tokens) if (contrast.has(token.text)) cuts.add(token.start);
  const points = [...cuts].sort((a, b) => a - b);
  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const piece = text.slice(points[i], points[i + 1]);
    if (/[\p{L}\p{N}]/u.test(piece)) clauses.push({ start: points[i], end: points[i + 1] });
  }
  return clauses;
}
