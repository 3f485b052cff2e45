import { DirectedGraph } from 'graphology';
import { createRequire } from 'node:module';

// The package is CommonJS whose module.exports is the function; its typings describe an ES default.
const pagerank = createRequire(import.meta.url)('graphology-metrics/centrality/pagerank') as (typeof import('graphology-metrics/centrality/pagerank.js'))['default'];

/** An aggregated edge list as columns: one entry per ordered pair of nodes. */
export interface EdgeColumns {
  sources: string[];
  targets: string[];
  weights: number[];
}

export interface PagerankOptions {
  alpha: number;
  maxIterations?: number;
  tolerance?: number;
}

/**
 * Weighted PageRank (Page et al. 1999) over the interaction graph; `nodes` adds isolated authors so
 * every author gets a value and the values sum to 1 over all of them. Parallel edges must already be
 * merged (int_interactions does it in DuckDB), which keeps the graph simple and small.
 */
export function computePagerank(nodes: Iterable<string>, edges: EdgeColumns, options: PagerankOptions): Map<string, number> {
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
