import { DOUBLE, DuckDBDataChunk, INTEGER, type DuckDBDoubleVector, type DuckDBIntegerVector } from '@duckdb/node-api';
import type { Db } from '../lib/db.ts';
import { readModels } from '../lib/queries.ts';
import type { CsrGraph } from './pagerank.ts';

const SQL = Object.fromEntries(readModels('influence').map((model) => [model.name, model.sql]));
const CHUNK_ROWS = 2048;

/**
 * Numbers the graph's nodes in DuckDB (temp table graph_nodes) and reads the edges as numbers
 * straight into compressed sparse rows: no author key crosses into JavaScript.
 */
export async function readGraph(db: Db): Promise<CsrGraph> {
  await db.run(`create or replace temp table graph_nodes as ${SQL.graph_nodes}`);
  const sizes = await db.one<{ nodes: bigint; edges: bigint }>('select (select count(*) from graph_nodes) as nodes, (select count(*) from int_interactions) as edges');
  const nodeCount = Number(sizes?.nodes ?? 0);
  const edgeCount = Number(sizes?.edges ?? 0);
  const starts = new Uint32Array(nodeCount + 1);
  const targets = new Uint32Array(edgeCount);
  const weights = new Float64Array(edgeCount);
  const result = await db.connection.stream(SQL.graph_edges);
  let e = 0;
  for await (const chunk of result) {
    const source = chunk.getColumnVector(0) as DuckDBIntegerVector;
    const target = chunk.getColumnVector(1) as DuckDBIntegerVector;
    const weight = chunk.getColumnVector(2) as DuckDBDoubleVector;
    for (let row = 0; row < chunk.rowCount; row++, e++) {
      starts[source.getItem(row)! + 1]++;
      targets[e] = target.getItem(row)!;
      weights[e] = weight.getItem(row)!;
    }
  }
  if (e !== edgeCount) throw new Error(`The interaction graph lost edges between counting and reading (${edgeCount} counted, ${e} read).`);
  for (let i = 0; i < nodeCount; i++) starts[i + 1] += starts[i];
  return { nodeCount, starts, targets, weights };
}

/** Writes PageRank values by node number into a temp table `author_pagerank(author_key, pagerank)`. */
export async function writePagerank(db: Db, ranks: Float64Array): Promise<void> {
  await db.run('create or replace temp table graph_ranks (node_index integer, pagerank double)');
  const appender = await db.connection.createAppender('graph_ranks');
  for (let start = 0; start < ranks.length; start += CHUNK_ROWS) {
    const length = Math.min(CHUNK_ROWS, ranks.length - start);
    const chunk = DuckDBDataChunk.create([INTEGER, DOUBLE], length);
    chunk.setColumnValues(0, Array.from({ length }, (_, i) => start + i));
    chunk.setColumnValues(1, Array.from(ranks.subarray(start, start + length)));
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
  await db.run(
    `create or replace temp table author_pagerank as
     select graph_nodes.node_key as author_key, graph_ranks.pagerank
     from graph_ranks inner join graph_nodes on graph_nodes.node_index = graph_ranks.node_index`,
  );
  await db.run('drop table graph_ranks');
  await db.run('drop table graph_nodes');
}
