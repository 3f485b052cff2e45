import { fnv1a } from '../lib/hash.ts';

export type SplitPart = 'train' | 'test' | 'all';

/** Default held-out share: 30% of each labeled set never informs rules, thresholds or training. */
export const HOLDOUT = 0.3;

/**
 * Deterministic held-out split by a hash of the trimmed, lowercased text: the same text always
 * falls on the same side, so duplicates never leak from training into testing.
 */
export function isHeldOut(text: string, holdout = HOLDOUT): boolean {
  return fnv1a(text.trim().toLowerCase()) / 0x1_0000_0000 < holdout;
}

export function selectPart<T extends { text: string }>(rows: T[], part: SplitPart, holdout = HOLDOUT): T[] {
  if (part === 'all') return rows;
  return rows.filter((row) => isHeldOut(row.text, holdout) === (part === 'test'));
}

/** k folds by hash, so cross-validation is repeatable. */
export function foldOf(text: string, k: number): number {
  return fnv1a(`fold:${text.trim().toLowerCase()}`) % k;
}
