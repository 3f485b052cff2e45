import type { SentimentLabel } from '../sentiment/scorer.ts';
import { messages } from './messages.ts';

export type LabelMap = Map<string, SentimentLabel>;

const TEXT: Array<[string, SentimentLabel]> = [
  ['positive', 'positive'], ['pos', 'positive'], ['+', 'positive'], ['+1', 'positive'], ['1', 'positive'],
  ['negative', 'negative'], ['neg', 'negative'], ['-', 'negative'], ['-1', 'negative'],
  ['neutral', 'neutral'], ['neu', 'neutral'], ['neut', 'neutral'], ['0', 'neutral'], ['none', 'neutral'],
  // ASTD and similar sets: "objective" has no sentiment, "mixed" has both; both count as neutral.
  ['objective', 'neutral'], ['obj', 'neutral'], ['mixed', 'neutral'],
];

/** Named presets for numeric labels, whose meaning a file cannot tell by itself. */
export const PRESETS: Record<string, Array<[string, SentimentLabel]>> = {
  default: TEXT,
  binary01: [['0', 'negative'], ['1', 'positive']],
  ternary012: [['0', 'negative'], ['1', 'neutral'], ['2', 'positive']],
};

const TARGETS = new Set<SentimentLabel>(['positive', 'neutral', 'negative']);

export const normalizeLabel = (raw: string): string => raw.trim().toLowerCase();

/**
 * Parses --label-map: presets and "from=to" pairs, comma-separated, later entries winning.
 * "default" is always the base, so "binary01" only redefines 0 and 1.
 */
export function parseLabelMap(spec: string | undefined): LabelMap {
  const map: LabelMap = new Map(TEXT);
  if (!spec) return map;
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const preset = PRESETS[part];
    if (preset) {
      for (const [from, to] of preset) map.set(from, to);
      continue;
    }
    const eq = part.lastIndexOf('=');
    const to = normalizeLabel(part.slice(eq + 1)) as SentimentLabel;
    if (eq <= 0 || !TARGETS.has(to)) throw new Error(messages.badLabelMap(spec));
    map.set(normalizeLabel(part.slice(0, eq)), to);
  }
  return map;
}

/** True when the only labels are 0 and 1 and the map was not told what they mean. */
export function isAmbiguousBinary(labels: Set<string>, spec: string | undefined): boolean {
  if (spec) return false;
  return labels.size === 2 && labels.has('0') && labels.has('1');
}
