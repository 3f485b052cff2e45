import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkViolations, plain, tempWorkspace, type TempWorkspace } from './helpers.ts';

// The same post (x:1834500000000000901) arrives four times: from the X API, from Brandwatch (twitter.com URL),
// from Talkwalker (x.com URL) and from a generic table (platform "twitter", bare id).
describe('one post delivered by four exports', () => {
  let ws: TempWorkspace;
  let summary: string;

  beforeAll(async () => {
    ws = tempWorkspace('dedup');
    for (const name of ['x-api-v2.jsonl', 'brandwatch.csv', 'talkwalker.csv', 'generic.csv']) ws.addFixture(`dedup/${name}`, name);
    summary = await ws.run();
  });
  afterAll(() => ws.cleanup());

  it('keeps all four deliveries in stg_raw_rows under one canonical id', async () => {
    const deliveries = plain(
      await ws.query(`select source_format, platform, created_at from stg_raw_rows where mention_id = 'x:1834500000000000901' order by source_format`),
    );
    expect(deliveries).toEqual([
      { source_format: 'brandwatch', platform: 'x', created_at: '2026-09-16T12:00:00.000Z' },
      { source_format: 'generic', platform: 'x', created_at: '2026-09-16T12:00:00.000Z' },
      { source_format: 'talkwalker', platform: 'x', created_at: '2026-09-16T12:00:00.000Z' },
      { source_format: 'x_api_v2', platform: 'x', created_at: '2026-09-16T12:00:00.000Z' },
    ]);
  });

  it('merges them into exactly one mention: the API delivery wins, the vendor sentiment and country fill in', async () => {
    for (const table of ['stg_mentions', 'fct_mentions']) {
      const rows = plain(
        await ws.query(
          `select mention_id, delivery_count, source_format, source_file, author_handle, author_followers, likes, shares, vendor_sentiment, country
           from ${table} where mention_id = 'x:1834500000000000901'`,
        ),
      );
      expect(rows).toEqual([
        {
          mention_id: 'x:1834500000000000901', delivery_count: 4, source_format: 'x_api_v2', source_file: 'inbox/x-api-v2.jsonl',
          author_handle: 'hannah_h', author_followers: 15200, likes: 800, shares: 120, vendor_sentiment: 'negative', country: 'GB',
        },
      ]);
    }
    const [{ n }] = plain(await ws.query<{ n: number }>('select count(*) as n from fct_mentions'));
    expect(n).toBe(2); // the post and Brandwatch's other row
    expect(await checkViolations(ws, 'check_mention_ids_unique')).toEqual([]);
  });

  it('counts three duplicate deliveries, in the run summary and in SQL', async () => {
    expect(summary).toMatch(/; 5 mentions loaded, 0 rows rejected, 3 duplicate deliveries merged;/);
    const [{ duplicates }] = plain(await ws.query<{ duplicates: number }>('select sum(delivery_count - 1) as duplicates from fct_mentions'));
    expect(duplicates).toBe(3);
  });
});
