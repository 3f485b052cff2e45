import { describe, expect, it } from 'vitest';
import { computePagerank, csrFromEdges, pagerankCsr, type EdgeColumns } from '../../pipelines/influence/pagerank.ts';
import { Rng } from '../../pipelines/sample/prng.ts';
import { libraryPagerank, maxDifference } from './library-pagerank.ts';

/** A seeded random interaction graph: hubs, dangling accounts, isolated authors, weights 1–20, no parallel edges. */
function randomGraph(seed: number, authors: number, edgeCount: number): { nodes: string[]; edges: EdgeColumns } {
  const rng = new Rng(seed);
  const nodes = Array.from({ length: authors }, (_, i) => `x:user${i}`).sort();
  const pairs = new Set<string>();
  const edges: EdgeColumns = { sources: [], targets: [], weights: [] };
  for (let tries = 0; pairs.size < edgeCount && tries < edgeCount * 10; tries++) {
    const source = nodes[rng.int(0, authors - 1)];
    // A fifth of targets are accounts that never post (brand handles), a third go to a few hubs.
    const roll = rng.float();
    const target = roll < 0.2 ? `x:brand${rng.int(0, 9)}` : roll < 0.5 ? nodes[rng.int(0, 4)] : nodes[rng.int(0, authors - 1)];
    if (source === target || pairs.has(`${source}>${target}`)) continue;
    pairs.add(`${source}>${target}`);
    edges.sources.push(source);
    edges.targets.push(target);
    edges.weights.push(rng.int(1, 20));
  }
  return { nodes, edges };
}

describe('PageRank on typed arrays against graphology-metrics', () => {
  for (const [seed, authors, edges] of [[1, 50, 120], [2, 400, 3_000], [3, 2_000, 6_000], [4, 30, 0], [5, 5_000, 40_000]]) {
    it(`gives the library's values within 1e-9 on random graph ${seed} (${authors} authors, ${edges} edges)`, () => {
      const graph = randomGraph(seed, authors, edges);
      const ours = computePagerank(graph.nodes, graph.edges, { alpha: 0.85 });
      const library = libraryPagerank(graph.nodes, graph.edges, { alpha: 0.85 });
      expect([...ours.keys()]).toEqual([...library.keys()]);
      expect(maxDifference(ours, library)).toBeLessThanOrEqual(1e-9);
    });
  }

  it('keeps the library’s edge order when edges arrive unsorted, and its damping and tolerance options', () => {
    const { nodes, edges } = randomGraph(6, 300, 2_000);
    const order = edges.sources.map((_, i) => i).reverse();
    const shuffled = { sources: order.map((i) => edges.sources[i]), targets: order.map((i) => edges.targets[i]), weights: order.map((i) => edges.weights[i]) };
    for (const options of [{ alpha: 0.85 }, { alpha: 0.5, tolerance: 1e-6 }, { alpha: 0.99, maxIterations: 2_000 }]) {
      expect(maxDifference(computePagerank(nodes, shuffled, options), libraryPagerank(nodes, shuffled, options))).toBeLessThanOrEqual(1e-9);
    }
  });

  it('fails like the library when it cannot converge', () => {
    const { nodes, edges } = randomGraph(7, 200, 1_000);
    expect(() => libraryPagerank(nodes, edges, { alpha: 0.85, maxIterations: 2 })).toThrow(/converge/);
    expect(() => computePagerank(nodes, edges, { alpha: 0.85, maxIterations: 2 })).toThrow(/did not converge in 2 iterations/);
  });

  it('lays out compressed rows: each node’s out-edges in list order, isolated nodes with none', () => {
    const { keys, graph } = csrFromEdges(['x:b', 'x:a', 'x:c'], { sources: ['x:a', 'x:b', 'x:a', 'x:d'], targets: ['x:c', 'x:a', 'x:b', 'x:a'], weights: [2, 1, 5, 1] });
    expect(keys).toEqual(['x:b', 'x:a', 'x:c', 'x:d']);
    expect([...graph.starts]).toEqual([0, 1, 3, 3, 4]);
    expect([...graph.targets]).toEqual([1, 2, 0, 1]);
    expect([...graph.weights]).toEqual([1, 2, 5, 1]);
    const ranks = pagerankCsr(graph, { alpha: 0.85 });
    expect(ranks.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
