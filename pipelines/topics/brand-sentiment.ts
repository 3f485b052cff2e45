import type { SentimentLabel, SentimentResult, SentimentScorer } from '../sentiment/scorer.ts';
import { markersFor } from './clause-markers.ts';
import { splitClauses, type Clause } from './clauses.ts';
import { tokenize, type Token } from './normalize.ts';

export interface BrandOccurrences {
  key: string;
  /** Offsets of the brand's matched terms in the text. */
  spans: { start: number; end: number }[];
}

export interface BrandSentiment {
  key: string;
  score: number;
  label: SentimentLabel;
  /** The text that was scored; "against:" when the brand is the one a comparison goes against. */
  basis: string;
}

const FLIP: Record<SentimentLabel, SentimentLabel> = { positive: 'negative', negative: 'positive', neutral: 'neutral' };

/** The last `count` words ending at or before `offset`, joined by spaces. */
function wordsBefore(tokens: Token[], offset: number, count: number): string {
  let words = '';
  let found = 0;
  for (let i = tokens.length - 1; i >= 0 && found < count; i--) {
    if (tokens[i].end > offset) continue;
    words = found++ ? `${tokens[i].text} ${words}` : tokens[i].text;
  }
  return words;
}

function wordAfter(tokens: Token[], offset: number): string | undefined {
  return tokens.find((t) => t.start >= offset)?.text;
}

/**
 * Is this brand the one a comparison goes against in its clause group? "from A to B", "faster than
 * B", "A yerine B": A (resp. B) is left or beaten, so the group's tone applies to it reversed.
 */
function isAgainst(tokens: Token[], span: { start: number; end: number }, others: { start: number; end: number }[], lang: string | null): boolean {
  const markers = markersFor(lang);
  const before = (n: number) => wordsBefore(tokens, span.start, n);
  if (markers.loserBefore.some((m) => before(m.split(' ').length) === m)) return true;
  const after = wordAfter(tokens, span.end);
  if (after && markers.loserAfter.includes(after)) return true;
  return markers.pairs.some(([from, to]) => before(1) === from && others.some((o) => o.start > span.end && wordsBefore(tokens, o.start, 1) === to));
}

/**
 * Sentiment toward each of several brands named in one text: each brand gets the score of the
 * clauses that name it (with the clauses after them that name no brand, "…, so much better"),
 * reversed when it is the brand a comparison goes against.
 */
export function brandSentiments(text: string, lang: string | null, brands: BrandOccurrences[], scorer: SentimentScorer, tokens: Token[] = tokenize(text)): BrandSentiment[] {
  const clauses = splitClauses(text, lang, tokens);
  const named = (clause: Clause) => brands.filter((b) => b.spans.some((s) => s.start >= clause.start && s.start < clause.end));
  const groups: { clauses: Clause[]; brands: BrandOccurrences[] }[] = [];
  let leading: Clause[] = [];
  for (const clause of clauses) {
    const inside = named(clause);
    if (inside.length) groups.push({ clauses: [...leading, clause], brands: inside });
    else if (groups.length) groups.at(-1)!.clauses.push(clause);
    else leading.push(clause);
    if (inside.length) leading = [];
  }
  const results: BrandSentiment[] = [];
  // Brands in one clause group ("from A to B") are scored on the same text.
  const scored = new Map<string, SentimentResult>();
  const score = (basis: string) => {
    let result = scored.get(basis);
    if (!result) scored.set(basis, (result = scorer.score(basis, lang)));
    return result;
  };
  for (const brand of brands) {
    const own: string[] = [];
    const against: string[] = [];
    for (const group of groups.filter((g) => g.brands.includes(brand))) {
      const groupText = group.clauses.map((c) => text.slice(c.start, c.end)).join(' ').trim();
      const start = group.clauses[0].start;
      const end = group.clauses.at(-1)!.end;
      const mine = brand.spans.filter((s) => s.start >= start && s.start < end);
      const others = group.brands.filter((b) => b !== brand).flatMap((b) => b.spans.filter((s) => s.start >= start && s.start < end));
      const beaten = others.length > 0 && mine.every((span) => isAgainst(tokens, span, others, lang));
      (beaten ? against : own).push(groupText);
    }
    if (own.length) {
      const basis = own.join(' ');
      const result = score(basis);
      results.push({ key: brand.key, score: result.score, label: result.label, basis });
    } else if (against.length) {
      const basis = against.join(' ');
      const result = score(basis);
      results.push({ key: brand.key, score: result.score === 0 ? 0 : -result.score, label: FLIP[result.label], basis: `against: ${basis}` });
    }
  }
  return results;
}
