import { logLikelihood } from './log-likelihood.ts';

export interface EmergingCandidate {
  topic_id: string;
  kind: string;
  term: string;
  recent_count: number;
  baseline_count: number;
  recent_total: number;
  baseline_total: number;
  first_seen_date: string | null;
}

export interface EmergingOptions {
  emergingMinG2: number;
  /** The least ratio of the recent rate to the baseline rate (a term new in the recent window passes). */
  emergingMinRatio: number;
  /** Terms kept per topic and kind. */
  emergingTop: number;
}

export interface EmergingTerm extends EmergingCandidate {
  rate_ratio: number | null;
  g2: number;
  term_rank: number;
}

/** Scores candidates by G² (Dunning 1993) against their own baseline and keeps the top ones per topic and kind. */
export function rankEmerging(candidates: EmergingCandidate[], options: EmergingOptions): EmergingTerm[] {
  const scored = candidates
    .map((c) => {
      const recentRate = c.recent_count / c.recent_total;
      const baselineRate = c.baseline_total > 0 ? c.baseline_count / c.baseline_total : 0;
      return {
        ...c,
        rate_ratio: baselineRate > 0 ? recentRate / baselineRate : null,
        g2: logLikelihood(c.recent_count, c.recent_total, c.baseline_count, c.baseline_total),
      };
    })
    .filter((c) => c.g2 >= options.emergingMinG2 && (c.rate_ratio === null || c.rate_ratio >= options.emergingMinRatio))
    .sort((a, b) => a.topic_id.localeCompare(b.topic_id) || a.kind.localeCompare(b.kind) || b.g2 - a.g2 || a.term.localeCompare(b.term));
  const out: EmergingTerm[] = [];
  let group = '';
  let rank = 0;
  for (const c of scored) {
    const key = `${c.topic_id}\u0000${c.kind}`;
    rank = key === group ? rank + 1 : 1;
    group = key;
    if (rank <= options.emergingTop) out.push({ ...c, term_rank: rank });
  }
  return out;
}
