import { DirectedGraph } from 'graphology';
import { createRequire } from 'node:module';
import type { EdgeColumns, PagerankOptions } from '../../pipelines/influence/pagerank.ts';

// The package is CommonJS whose module.exports is the function; its typings describe an ES default.
const pagerank = createRequire(import.meta.url)('graphology-metrics/centrality/pagerank') as (typeof import('graphology-metrics/centrality/pagerank.js'))['default'];

/** The reference: graphology-metrics' PageRank on a graphology graph built node by node, edge by edge. */
export function libraryPagerank(nodes: Iterable<string>, edges: EdgeColumns, options: PagerankOptions): Map<string, number> {
  const graph = new DirectedGraph<Record<string, never>, { weight: number }>();
  for (const node of nodes) if (!graph.hasNode(node)) graph.addNode(node);
  const { sources, targets, weights } = edges;
  for (let i = 0; i < sources.length; i++) {
    if (!graph.hasNode(sources[i])) graph.addNode(sources[i]);
    if (!graph.hasNode(targets[i])) graph.addNode(targets[i]);
    graph.addEdge(sources[i], targets[i], { weight: weights[i] });
  }
  if (graph.order === 0) return new Map();
  const ranks = pagerank(graph, {
    getEdgeWeight: 'weight',
    alpha: options.alpha,
    maxIterations: options.maxIterations ?? 500,
    tolerance: options.tolerance ?? 1e-9,
  });
  return new Map(Object.entries(ranks));
}

/** The largest absolute difference between two rankings over the same keys (Infinity when the keys differ). */
export function maxDifference(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size !== b.size) return Infinity;
  let max = 0;
  for (const [key, value] of a) {
    const other = b.get(key);
    if (other === undefined) return Infinity;
    max = Math.max(max, Math.abs(value - other));
  }
  return max;
}
