/** An aggregated edge list as columns: one entry per ordered pair of nodes. */
export interface EdgeColumns {
  sources: string[];
  targets: string[];
  weights: number[];
}

/**
 * A directed weighted graph in compressed sparse rows: the out-edges of node i are the entries
 * starts[i] to starts[i + 1] − 1 of `targets` and `weights`, in the order they were inserted.
 */
export interface CsrGraph {
  nodeCount: number;
  starts: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
}

export interface PagerankOptions {
  alpha: number;
  maxIterations?: number;
  tolerance?: number;
}

/**
 * Weighted PageRank (Page et al. 1999) by power iteration on typed arrays. It is the computation of
 * graphology-metrics 2.4.2 (`centrality/pagerank`) step for step, in the same order of floating-point
 * operations, so on the same node and edge order it gives the same values (test/influence/pagerank.test.ts
 * holds it to the library); it only skips building a graphology graph, which took seconds at 1M mentions.
 * Dangling nodes spread their rank over all nodes. Throws when it does not converge, as the library does.
 */
export function pagerankCsr(graph: CsrGraph, options: PagerankOptions): Float64Array {
  const { nodeCount: n, starts, targets, weights } = graph;
  const alpha = options.alpha;
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.tolerance ?? 1e-9;
  if (n === 0) return new Float64Array(0);
  const p = 1 / n;
  const normalized = new Float64Array(weights.length);
  const dangling: number[] = [];
  let x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = p;
    let degree = 0;
    for (let j = starts[i]; j < starts[i + 1]; j++) degree += weights[j];
    if (degree === 0) dangling.push(i);
    for (let j = starts[i]; j < starts[i + 1]; j++) normalized[j] = weights[j] / degree;
  }
  let previous = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    [previous, x] = [x, previous];
    x.fill(0);
    let dangleSum = 0;
    for (let k = 0; k < dangling.length; k++) dangleSum += previous[dangling[k]];
    dangleSum *= alpha;
    for (let i = 0; i < n; i++) {
      const end = starts[i + 1];
      for (let j = starts[i]; j < end; j++) x[targets[j]] += alpha * previous[i] * normalized[j];
      x[i] += dangleSum * p + (1 - alpha) * p;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(x[i] - previous[i]);
    if (error < n * tolerance) return x;
  }
  throw new Error(`PageRank did not converge in ${maxIterations} iterations (tolerance ${tolerance}).`);
}

/**
 * Nodes are numbered as graphology would insert them: `nodes` first, then each new endpoint of the
 * edge list in order (source before target); each node's out-edges keep their order in the list.
 */
export function csrFromEdges(nodes: Iterable<string>, edges: EdgeColumns): { keys: string[]; graph: CsrGraph } {
  const index = new Map<string, number>();
  const add = (key: string) => {
    let i = index.get(key);
    if (i === undefined) index.set(key, (i = index.size));
    return i;
  };
  for (const node of nodes) add(node);
  const { sources, targets, weights } = edges;
  const from = new Uint32Array(sources.length);
  const to = new Uint32Array(sources.length);
  for (let e = 0; e < sources.length; e++) {
    from[e] = add(sources[e]);
    to[e] = add(targets[e]);
  }
  const n = index.size;
  const starts = new Uint32Array(n + 1);
  for (let e = 0; e < from.length; e++) starts[from[e] + 1]++;
  for (let i = 0; i < n; i++) starts[i + 1] += starts[i];
  const next = starts.slice(0, n);
  const csrTargets = new Uint32Array(from.length);
  const csrWeights = new Float64Array(from.length);
  for (let e = 0; e < from.length; e++) {
    const slot = next[from[e]]++;
    csrTargets[slot] = to[e];
    csrWeights[slot] = weights[e];
  }
  return { keys: [...index.keys()], graph: { nodeCount: n, starts, targets: csrTargets, weights: csrWeights } };
}

/**
 * PageRank by node key; `nodes` adds isolated authors so every author gets a value and the values
 * sum to 1 over all of them. Parallel edges must already be merged (int_interactions does it in
 * DuckDB). The stage itself builds the arrays in DuckDB (graph-io.ts); this is the same by key.
 */
export function computePagerank(nodes: Iterable<string>, edges: EdgeColumns, options: PagerankOptions): Map<string, number> {
  const { keys, graph } = csrFromEdges(nodes, edges);
  const ranks = pagerankCsr(graph, options);
  return new Map(keys.map((key, i) => [key, ranks[i]]));
}
