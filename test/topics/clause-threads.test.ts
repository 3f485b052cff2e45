import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../pipelines/lib/log.ts';
import { topicsStage } from '../../pipelines/stages/topics.ts';
import type { TopicConfigInput } from '../../pipelines/topics/config-schema.ts';
import { textsDb, type TextRow } from './helpers.ts';

const TOPICS: TopicConfigInput[] = [
  { id: 'pakkit', name: 'Pakkit', kind: 'brand' },
  { id: 'rushbee', name: 'Rushbee', kind: 'competitor' },
  { id: 'grubzy', name: 'Grubzy', kind: 'competitor' },
];

const TEXTS: TextRow[] = [
  { id: 'a', body: 'switched from Pakkit to Rushbee, so much better' },
  // A repost: the same text, scored once, recorded for both mentions.
  { id: 'b', body: 'switched from Pakkit to Rushbee, so much better' },
  { id: 'c', body: 'Pakkit was great but Grubzy was terrible' },
  { id: 'd', body: 'Grubzy is fine' },
];

/** mention_topics after the topics stage on TEXTS with `workers` clause-scoring threads. */
async function run(workers: number): Promise<Record<string, unknown>[]> {
  const db = await textsDb(TEXTS);
  try {
    await db.run("update stg_mentions set lang = 'en'");
    const options = { ...topicsStage.defaults, topics: TOPICS, scorer: 'rules' as const, workers };
    await topicsStage.run({ db, options, log: memoryLogger(), now: new Date(), runId: 'test', root: process.cwd() });
    return await db.all('select mention_id, topic_id, brand_sentiment_label from mention_topics order by mention_id, topic_id');
  } finally {
    db.close();
  }
}

describe('per-brand clause sentiment on threads', () => {
  it('gives every mention of a multi-brand text its brands’ tone, the same on two threads as on the main thread', async () => {
    const onThreads = await run(2);
    expect(onThreads).toEqual(await run(0));
    const label = (mention: string, topic: string) => onThreads.find((r) => r.mention_id === mention && r.topic_id === topic)?.brand_sentiment_label;
    for (const mention of ['a', 'b']) {
      expect(label(mention, 'pakkit'), mention).toBe('negative');
      expect(label(mention, 'rushbee'), mention).toBe('positive');
    }
    expect(label('c', 'pakkit')).toBe('positive');
    expect(label('c', 'grubzy')).toBe('negative');
    expect(onThreads).toHaveLength(7);
  });
});
