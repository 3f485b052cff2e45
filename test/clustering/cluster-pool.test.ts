import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticComplaints } from '../../pipelines/bench/clusters.ts';
import { DEFAULT_CLUSTER_OPTIONS, clusterTexts } from '../../pipelines/clustering/cluster-mentions.ts';
import { ClusterPool } from '../../pipelines/clustering/cluster-pool.ts';

describe('clustering on worker threads', () => {
  let pool: ClusterPool;
  beforeAll(async () => {
    pool = await new ClusterPool(2).start();
  }, 60_000);
  afterAll(() => pool?.close());

  it('gives the same themes, members, similarities and labels as in one thread, for the same seed', async () => {
    // More than two 16,384-text batches, so batches prepared on different threads are merged.
    const texts = syntheticComplaints(40_000, 3);
    const options = { ...DEFAULT_CLUSTER_OPTIONS, parallelAbove: 0 };
    const single = await clusterTexts(texts, new Set(['pakkit']), options);
    const threaded = await clusterTexts(texts, new Set(['pakkit']), options, pool);
    expect(single.clusters.length).toBeGreaterThanOrEqual(10);
    expect(threaded).toEqual(single);
  }, 120_000);

  it('reports a failing job instead of hanging', async () => {
    await expect(pool.prepare([null as unknown as string], ['en'], new Set())).rejects.toThrow(/replace|null|undefined/i);
  });
});
