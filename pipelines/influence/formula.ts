/**
 * The influence score, version by version. A score is only comparable with scores of the same
 * version; changing a weight or a component means a new version (test/influence/formula.test.ts
 * pins the weights of each released version), so history keeps what each version said.
 */
export interface InfluenceFormula {
  version: string;
  /** Weights of the components; each component is scaled to 0–1 within a platform. */
  weights: {
    centrality: number;
    amplification: number;
    reach: number;
    engagement: number;
    activity: number;
  };
  /** PageRank damping factor. */
  alpha: number;
}

export const INFLUENCE_FORMULA: InfluenceFormula = {
  version: 'influence-v1',
  weights: { centrality: 0.3, amplification: 0.25, reach: 0.2, engagement: 0.15, activity: 0.1 },
  alpha: 0.85,
};

/** The weights as SQL parameters for queries/influence/dim_authors.sql. */
export function formulaParams(formula: InfluenceFormula): Record<string, number | string> {
  const { weights } = formula;
  return {
    formula_version: formula.version,
    w_centrality: weights.centrality,
    w_amplification: weights.amplification,
    w_reach: weights.reach,
    w_engagement: weights.engagement,
    w_activity: weights.activity,
  };
}
