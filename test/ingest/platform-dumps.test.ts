import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byKey, checkViolations, plain, tempWorkspace, type TempWorkspace } from './helpers.ts';

type Row = Record<string, unknown>;

describe('platform API dumps: X API v2 and Reddit', () => {
  let ws: TempWorkspace;
  let mentions: Record<string, Row>;

  beforeAll(async () => {
    ws = tempWorkspace('platforms');
    ws.addFixture('x-api-v2-search.jsonl');
    ws.addFixture('x-api-v2-response.json');
    ws.addFixture('reddit-dump.ndjson');
    await ws.run();
    mentions = byKey(plain(await ws.query<Row>('select * exclude (extra), extra::varchar as extra from fct_mentions')), 'mention_id');
  });
  afterAll(() => ws.cleanup());

  it('detects the X v2 pages, the pretty-printed X v2 response and the Reddit dump', async () => {
    const files = plain(await ws.query('select path, format, status, rows_read, rows_loaded, rows_rejected from ingest_files order by path'));
    expect(files).toEqual([
      { path: 'inbox/reddit-dump.ndjson', format: 'reddit', status: 'loaded', rows_read: 4, rows_loaded: 4, rows_rejected: 0 },
      { path: 'inbox/x-api-v2-response.json', format: 'x_api_v2', status: 'loaded', rows_read: 2, rows_loaded: 2, rows_rejected: 0 },
      { path: 'inbox/x-api-v2-search.jsonl', format: 'x_api_v2', status: 'loaded', rows_read: 4, rows_loaded: 4, rows_rejected: 0 },
    ]);
    expect(await checkViolations(ws, 'check_rows_conserved')).toEqual([]);
  });

  it('loads the tweets of data[], not the referenced tweets of includes.tweets', () => {
    const ids = Object.keys(mentions).filter((id) => id.startsWith('x:')).sort();
    expect(ids).toEqual([
      'x:1834500000000000701', 'x:1834500000000000702', 'x:1834500000000000703', 'x:1834500000000000704',
      'x:1834500000000000801', 'x:1834500000000000802',
    ]);
  });

  it('joins authors from includes.users of the same page: handle, name, followers, verified, location', () => {
    expect(mentions['x:1834500000000000701']).toMatchObject({
      platform: 'x', url: 'https://x.com/acme/status/1834500000000000701', created_at: '2026-09-14T07:00:00.000Z', author_id: '100',
      author_handle: 'acme', author_name: 'Acme', author_followers: 150000, is_author_verified: true, location: 'San Francisco, CA',
      likes: 4200, shares: 530, comments: 88, views: 310000, lang: 'en', source_line: 1,
      hashtags: ['acmenova', 'launch'], links: ['https://acme.example/nova'], thread_id: 'x:1834500000000000701',
    });
    expect(mentions['x:1834500000000000703']).toMatchObject({ author_handle: 'kev_on_tech', author_followers: 412, is_author_verified: false, source_line: 2 });
    expect(JSON.parse(mentions['x:1834500000000000701'].extra as string)).toMatchObject({
      quote_count: '41',
      author_public_metrics: { followers_count: 150000, following_count: 120, tweet_count: 9800, listed_count: 700 },
    });
  });

  it('turns referenced_tweets into canonical parent and shared-from ids', () => {
    const links = (id: string) => {
      const { parent_id, shared_from_id, thread_id, is_reply, is_share } = mentions[id];
      return { parent_id, shared_from_id, thread_id, is_reply, is_share };
    };
    expect(links('x:1834500000000000702')).toEqual({
      parent_id: 'x:1834500000000000701', shared_from_id: null, thread_id: 'x:1834500000000000701', is_reply: true, is_share: false,
    });
    expect(links('x:1834500000000000703')).toEqual({
      parent_id: null, shared_from_id: 'x:1834500000000000701', thread_id: 'x:1834500000000000703', is_reply: false, is_share: true,
    });
    expect(links('x:1834500000000000704')).toEqual({
      parent_id: null, shared_from_id: 'x:1834500000000000701', thread_id: 'x:1834500000000000704', is_reply: false, is_share: true,
    });
    expect(mentions['x:1834500000000000702'].mentioned_handles).toEqual(['acme']);
    expect(mentions['x:1834500000000000704'].links).toEqual(['https://twitter.com/acme/status/1834500000000000701']);
  });

  it('reads a single pretty-printed response: authors joined, replies linked, a user without "verified" is unknown', () => {
    expect(mentions['x:1834500000000000801']).toMatchObject({
      author_handle: 'nightshots', author_followers: 20800, is_author_verified: false, hashtags: ['acmenova'], created_at: '2026-09-15T21:30:00.000Z',
      source_file: 'inbox/x-api-v2-response.json',
    });
    expect(mentions['x:1834500000000000802']).toMatchObject({
      author_handle: 'emre_k', author_name: 'Emre K.', author_followers: 97, is_author_verified: null, lang: 'tr',
      parent_id: 'x:1834500000000000801', mentioned_handles: ['nightshots'],
    });
  });

  it('Reddit: submissions t3_, comments t1_, parents and threads as reddit:<fullname>, created_utc as number or string', () => {
    const reddit = (id: string) => {
      const { platform, source_name, created_at, author_handle, title, body, likes, comments, parent_id, thread_id, url } = mentions[id];
      return { platform, source_name, created_at, author_handle, title, body, likes, comments, parent_id, thread_id, url };
    };
    expect(reddit('reddit:t3_1fnova1')).toEqual({
      platform: 'reddit', source_name: 'Android', created_at: '2026-09-14T10:00:00.000Z', author_handle: 'pixel_peeper',
      title: 'Acme Nova battery: 2 days is real', body: 'Ran it for 48h with normal use.\n\nScreenshots in comments.', likes: 1532, comments: 214,
      parent_id: null, thread_id: null, url: 'https://www.reddit.com/r/Android/comments/1fnova1/acme_nova_battery_2_days_is_real/',
    });
    expect(reddit('reddit:t1_lq0c0m1')).toMatchObject({
      created_at: '2026-09-14T10:30:00.000Z', // "1789381800"
      parent_id: 'reddit:t3_1fnova1', thread_id: 'reddit:t3_1fnova1', likes: 87,
      url: 'https://www.reddit.com/r/Android/comments/1fnova1/acme_nova_battery_2_days_is_real/lq0c0m1/',
    });
    expect(reddit('reddit:t1_lq0c9x2')).toMatchObject({
      created_at: '2026-09-14T10:35:00.000Z', // 1789382100.0
      parent_id: 'reddit:t1_lq0c0m1', thread_id: 'reddit:t3_1fnova1', likes: 140, // "140" as a string
    });
    expect(reddit('reddit:t3_1fnova2')).toMatchObject({
      source_name: 'gadgets', created_at: '2026-09-14T21:06:40.000Z', title: 'Acme Nova launch megathread', body: null, comments: 3,
    });
    expect(mentions['reddit:t1_lq0c9x2'].hashtags).toEqual(['acmenova']);
  });
});
