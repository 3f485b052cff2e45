import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalClusters, formatEvalClusters } from '../../pipelines/clustering/run-eval-clusters.ts';
import { tempDir } from '../pipeline/helpers.ts';

describe('listen eval clusters', () => {
  it('scores the clustering and the true-k baseline against gold reasons in one run', async () => {
    const file = join(tempDir('eval-clusters'), 'reasons.csv');
    const lines = ['body,why'];
    for (let i = 0; i < 20; i++) {
      lines.push(`"order ${i} arrived late, courier late again",late`, `"charged twice for order ${i}, double charge",twice`, `"app crashes at checkout ${i}, crash again",crash`);
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = await evalClusters({ labels: file, textCol: 'body', reasonCol: 'why', lang: 'en' });
    expect(result).toMatchObject({ rows: 60, reasons: 3 });
    expect(result.ours.purity).toBeGreaterThan(0.9);
    expect(result.baseline.clusters).toBe(3);
    expect(formatEvalClusters(file, result)).toContain('baseline: TF-IDF + k-means, true k');
  });

  it('with --topics-col, scores the clustering with and without topics and the baseline with them', async () => {
    const file = join(tempDir('eval-clusters'), 'topics.csv');
    const lines = ['text,reason,lang,topics'];
    for (let i = 0; i < 16; i++) {
      lines.push(`"charged me twice for order ${i}, twice",twice,en,billing`, `"kartımdan iki kez çekim yaptı, sipariş ${i}",twice,tr,billing`);
      lines.push(`"courier late by ${i} minutes, late again",late,en,delivery`, `"sipariş ${i} yine geç kaldı, kurye gecikti",late,tr,delivery`);
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = await evalClusters({ labels: file, textCol: 'text', reasonCol: 'reason', langCol: 'lang', topicsCol: 'topics' });
    expect(result.ours).toMatchObject({ purity: 1, reasonsWithOwnCluster: 2, clusters: 2 });
    // Without topics each language stays a cluster of its own.
    expect(result.wordsOnly!.clusters).toBeGreaterThanOrEqual(4);
    expect(result.wordsOnly!.ari).toBeLessThan(result.ours.ari);
    expect(result.baselineTopics).not.toBeNull();
    const text = formatEvalClusters(file, result);
    expect(text).toContain('root causes, words only');
    expect(text).toContain('baseline with topics, true k');
  });

  it('names the missing columns and the options that fix them', async () => {
    const file = join(tempDir('eval-clusters'), 'bad.csv');
    writeFileSync(file, 'text,label\na,b\n');
    await expect(evalClusters({ labels: file, textCol: 'text', reasonCol: 'reason' })).rejects.toThrow(/--reason-col/);
  });
});
