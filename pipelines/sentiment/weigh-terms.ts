import { ROLE, type LanguageKit } from './language-kit.ts';
import type { TermMatch } from './lookup.ts';
import type { EvidenceTerm } from './scorer.ts';
import type { Token } from './tokenize.ts';

/** VADER's constants: booster step, negation scalar, ALL-CAPS step, and the contrast weights around "but". */
const B_INCR = 0.293;
const N_SCALAR = -0.74;
const CAPS_INCR = 0.733;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const WINDOW = 3;
/** Terms listed in the evidence; the score still counts every term. */
const MAX_EVIDENCE = 12;
const LATIN_RE = /^[a-z']+$/;
const CAPS_RE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

const isEnglishContraction = (word: string): boolean => word.endsWith("n't") || word.endsWith('n’t');

function splitElision(kit: LanguageKit, word: string): [string | null, string] {
  for (const elision of kit.elisions) {
    if (word.length > elision.length + 1 && word.startsWith(elision)) return [elision, word.slice(elision.length)];
  }
  return [null, word.includes('’') ? word.replace('’', "'") : word];
}

/**
 * Weighs every lexicon term of a tokenized text with VADER's rules: boosters and dampeners up to
 * three words before, negation up to three words before (or a post-negator right after, or a
 * negative suffix), ALL-CAPS emphasis when only part of the text shouts, contrast words. Appends
 * evidence; returns the sum of weights.
 */
export function weighTerms(tokens: Token[], kit: LanguageKit, terms: EvidenceTerm[], rules: string[]): number {
  const n = tokens.length;
  const words: string[] = new Array(n);
  const roles = new Uint8Array(n);
  const negatedBy: (string | null)[] = new Array(n);
  let wordCount = 0;
  let capsCount = 0;
  let contrastAt = -1;
  const english = kit.lang === 'en';
  for (let i = 0; i < n; i++) {
    const token = tokens[i];
    negatedBy[i] = null;
    if (token.kind !== 'word') {
      words[i] = token.text;
      continue;
    }
    wordCount++;
    const lower = kit.normalize(token.text);
    if (token.text.length > 1 && lower !== token.text && CAPS_RE.test(token.text)) capsCount++;
    const [elision, word] = kit.elisions.length > 0 ? splitElision(kit, lower) : [null, lower];
    words[i] = word;
    let role = kit.roles.get(word) ?? 0;
    if (english && !(role & ROLE.negator) && isEnglishContraction(word)) role |= ROLE.negator;
    roles[i] = role;
    if (elision && kit.negators.has(elision)) negatedBy[i] = elision;
    if (role & ROLE.contrast) contrastAt = i;
  }
  const shouting = capsCount > 0 && capsCount < wordCount;
  let sum = 0;
  let listed = 0;
  for (let i = 0; i < n; i++) {
    const token = tokens[i];
    const word = words[i];
    let match: TermMatch | null = null;
    let span = 1;
    if (token.kind === 'word') {
      if (kit.functionWords.has(word)) continue;
      if (i + 1 < n && kit.lexicon.bigramHeads.has(word) && tokens[i + 1].kind === 'word') {
        const weight = kit.lexicon.weights.get(`${word} ${words[i + 1]}`);
        if (weight !== undefined) {
          match = { entry: `${word} ${words[i + 1]}`, weight, negatedBySuffix: false };
          span = 2;
        }
      }
      match ??= kit.lookup(word) ?? (kit.latinFallback && LATIN_RE.test(word) ? kit.latinFallback(word) : null);
    } else if (token.kind === 'emoji' || token.kind === 'emoticon') {
      const weight = kit.lexicon.weights.get(word);
      if (weight !== undefined) match = { entry: word, weight, negatedBySuffix: false };
    }
    if (!match) continue;
    const applied: string[] = [];
    let value = match.weight;
    if (token.kind === 'word') {
      for (let back = 1, seen = 0; seen < WINDOW && i - back >= 0; back++) {
        if (tokens[i - back].kind !== 'word') continue;
        seen++;
        const role = roles[i - back];
        if (role === 0) continue;
        const prev = words[i - back];
        const decay = seen === 1 ? 1 : seen === 2 ? 0.95 : 0.9;
        if (role & ROLE.booster) {
          value += Math.sign(value) * B_INCR * decay;
          applied.push(`booster:${prev}`);
        } else if (role & ROLE.dampener) {
          value -= Math.sign(value) * B_INCR * decay;
          applied.push(`dampener:${prev}`);
        }
        if (!negatedBy[i] && role & ROLE.negator) negatedBy[i] = prev;
      }
      if (i + span < n && roles[i + span] & ROLE.postBooster) {
        value += Math.sign(value) * B_INCR;
        applied.push(`booster:${words[i + span]}`);
      }
      for (let ahead = i + span; ahead < Math.min(n, i + span + 2); ahead++) {
        if (roles[ahead] & ROLE.postNegator) negatedBy[i] ??= words[ahead];
      }
      if (shouting && CAPS_RE.test(token.text)) {
        value += Math.sign(value) * CAPS_INCR;
        applied.push('caps');
      }
      const negated = Boolean(negatedBy[i]) !== match.negatedBySuffix;
      if (match.negatedBySuffix) applied.push('negation:suffix');
      if (negatedBy[i]) applied.push(`negation:${negatedBy[i]}`);
      if (negated) value *= N_SCALAR;
    }
    if (contrastAt >= 0 && i !== contrastAt) {
      value *= i < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
      applied.push(i < contrastAt ? 'before-contrast' : 'after-contrast');
    }
    sum += value;
    if (terms.length < MAX_EVIDENCE) {
      const term: EvidenceTerm = { term: span === 2 ? `${token.text} ${tokens[i + 1].text}` : token.text, weight: Math.round(value * 1000) / 1000 };
      if (match.entry !== word && span === 1) term.entry = match.entry;
      if (applied.length > 0) term.rules = applied;
      terms.push(term);
    } else if (terms.length === MAX_EVIDENCE && !rules.includes('evidence-truncated')) rules.push('evidence-truncated');
    listed++;
    i += span - 1;
  }
  if (contrastAt >= 0 && listed > 0) rules.push(`contrast:${words[contrastAt]}`);
  if (shouting && capsCount > 0) rules.push('caps-emphasis');
  return sum;
}
