import { DOUBLE, DuckDBDataChunk, VARCHAR } from '@duckdb/node-api';
import type { Db } from '../lib/db.ts';
import type { EdgeColumns } from './pagerank.ts';

const CHUNK_ROWS = 2048;

/** Reads the aggregated edge list and the author keys column-wise (a few million rows stay cheap). */
export async function readGraph(db: Db): Promise<{ nodes: string[]; edges: EdgeColumns }> {
  // A fixed order: PageRank's floating-point sums, and so ranks between near-ties, depend on it.
  const edgeReader = await db.connection.runAndReadAll('select source_key, target_key, weight::double as weight from int_interactions order by source_key, target_key');
  const [sources, targets, weights] = edgeReader.getColumnsJS() as [string[], string[], number[]];
  const nodeReader = await db.connection.runAndReadAll('select author_key from int_author_stats order by author_key');
  const [nodes] = nodeReader.getColumnsJS() as [string[]];
  return { nodes: nodes ?? [], edges: { sources: sources ?? [], targets: targets ?? [], weights: weights ?? [] } };
}

/** Writes PageRank values into a temp table `author_pagerank(author_key, pagerank)`. */
export async function writePagerank(db: Db, ranks: Map<string, number>): Promise<void> {
  await db.run('create or replace temp table author_pagerank (author_key varchar, pagerank double)');
  const appender = await db.connection.createAppender('author_pagerank');
  const keys = [...ranks.keys()];
  for (let start = 0; start < keys.length; start += CHUNK_ROWS) {
    const part = keys.slice(start, start + CHUNK_ROWS);
    const chunk = DuckDBDataChunk.create([VARCHAR, DOUBLE], part.length);
    chunk.setColumnValues(0, part);
    chunk.setColumnValues(1, part.map((key) => ranks.get(key)!));
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
}
