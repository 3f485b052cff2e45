import { describe, expect, it } from 'vitest';
import { INFLUENCE_FORMULA } from '../../pipelines/influence/formula.ts';
import { computePagerank } from '../../pipelines/influence/pagerank.ts';

/** Every released formula version with its weights: a changed weight without a new version fails here. */
const RELEASED: Record<string, unknown> = {
  'influence-v1': { weights: { centrality: 0.3, amplification: 0.25, reach: 0.2, engagement: 0.15, activity: 0.1 }, alpha: 0.85 },
};

describe('the influence formula', () => {
  it('keeps the weights of each released version, so a new formula needs a new version', () => {
    expect(RELEASED[INFLUENCE_FORMULA.version]).toEqual({ weights: INFLUENCE_FORMULA.weights, alpha: INFLUENCE_FORMULA.alpha });
  });

  it('weights sum to one', () => {
    const total = Object.values(INFLUENCE_FORMULA.weights).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 10);
  });
});

describe('PageRank on the interaction graph', () => {
  it('ranks the account everyone replies to first, counts isolated authors, and sums to one', () => {
    const edges = { sources: ['x:a', 'x:b', 'x:c', 'x:d', 'x:hub'], targets: ['x:hub', 'x:hub', 'x:hub', 'x:hub', 'x:a'], weights: [1, 1, 3, 1, 1] };
    const ranks = computePagerank(['x:a', 'x:b', 'x:c', 'x:d', 'x:hub', 'x:alone'], edges, { alpha: 0.85 });
    const order = [...ranks.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
    expect(order[0]).toBe('x:hub');
    expect(order[1]).toBe('x:a');
    expect(ranks.has('x:alone')).toBe(true);
    expect([...ranks.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('returns nothing for an empty graph', () => {
    expect(computePagerank([], { sources: [], targets: [], weights: [] }, { alpha: 0.85 }).size).toBe(0);
  });
});
