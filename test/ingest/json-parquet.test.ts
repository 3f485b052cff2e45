import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { literal, openDb } from '../../pipelines/lib/db.ts';
import { checkViolations, plain, tempWorkspace, type TempWorkspace } from './helpers.ts';

describe('NDJSON, JSON array and Parquet exports', () => {
  let ws: TempWorkspace;

  beforeAll(async () => {
    ws = tempWorkspace('json');
    ws.addFixture('mentions.ndjson');
    ws.addFixture('mentions-array.json');
    const scratch = await openDb(join(ws.root, 'scratch.duckdb'));
    await scratch.run(
      `copy (
         select * from (values
           ('7414000000000000011', 'tiktok', timestamp '2026-09-14 10:00:00', 'Nova dance challenge #nova #fyp', ['Nova', 'fyp'], 1200::bigint, 'Nova Beat'),
           ('7414000000000000012', 'tiktok', timestamp '2026-09-14 11:30:00', 'Unboxing, no hashtags', []::varchar[], null, null)
         ) as t(id, platform, created_at, text, hashtags, likes, sound)
       ) to ${literal(join(ws.inbox, 'tiktok.parquet'))} (format parquet)`,
    );
    scratch.close();
    await ws.run();
  });
  afterAll(() => ws.cleanup());

  it('records each file with its read, loaded and rejected counts', async () => {
    const files = plain(await ws.query('select path, format, encoding, rows_read, rows_loaded, rows_rejected from ingest_files order by path'));
    expect(files).toEqual([
      { path: 'inbox/mentions-array.json', format: 'generic', encoding: 'utf-8', rows_read: 2, rows_loaded: 2, rows_rejected: 0 },
      // 7 lines, 2 blank (ignored), 1 cut-off object, 1 array.
      { path: 'inbox/mentions.ndjson', format: 'generic', encoding: 'utf-8', rows_read: 5, rows_loaded: 3, rows_rejected: 2 },
      { path: 'inbox/tiktok.parquet', format: 'generic', encoding: 'parquet', rows_read: 2, rows_loaded: 2, rows_rejected: 0 },
    ]);
  });

  it('rejects a malformed NDJSON line and a non-object line with their line numbers', async () => {
    const rejects = plain(await ws.query(`select source_line, reason, raw_text from ingest_rejects order by source_line`));
    expect(rejects).toEqual([
      {
        source_line: 4,
        reason: 'not valid JSON',
        raw_text: '{"id":"1834500000000000202","platform":"twitter","created_at":"2026-09-14T17:09:00.000Z","author":"truncated_dump", "text":"this line was cut off mid-wri',
      },
      { source_line: 7, reason: 'a JSON value that is not an object', raw_text: '["not", "an", "object"]' },
    ]);
  });

  it('maps flat NDJSON objects: numbers as numbers or text, "1.2K", epoch seconds, lists, booleans', async () => {
    const rows = plain(
      await ws.query(
        `select mention_id, platform, created_at, author_handle, author_followers, is_author_verified, likes, views, comments, hashtags, mentioned_handles, source_line
         from fct_mentions where source_file = 'inbox/mentions.ndjson' order by source_line`,
      ),
    );
    expect(rows).toEqual([
      {
        mention_id: 'youtube:Zx81kLmN0pQ', platform: 'youtube', created_at: '2026-09-14T16:00:00.000Z', author_handle: 'TechReviewsDaily',
        author_followers: 254000, is_author_verified: null, likes: 1900, views: 48213, comments: 212, hashtags: ['acmenova'], mentioned_handles: null, source_line: 1,
      },
      {
        mention_id: 'x:1834500000000000201', platform: 'x', created_at: '2026-09-14T17:05:12.000Z', author_handle: 'nova_fan',
        author_followers: 1200, is_author_verified: null, likes: 3, views: null, comments: null, hashtags: ['nova', 'preorder'], mentioned_handles: ['acme'], source_line: 3,
      },
      {
        mention_id: 'x:1834500000000000203', platform: 'x', created_at: '2026-09-14T17:20:00.000Z', author_handle: 'epoch_poster',
        author_followers: null, is_author_verified: true, likes: null, views: null, comments: null, hashtags: null, mentioned_handles: null, source_line: 5,
      },
    ]);
    const [{ extra }] = await ws.query<{ extra: string }>(`select extra::varchar as extra from raw_generic where source_line = 1 and source_file = 'inbox/mentions.ndjson'`);
    expect(JSON.parse(extra)).toMatchObject({ channel_category: 'Science & Technology' });
  });

  it('reads a pretty-printed JSON array, one mention per element, offsets converted to UTC', async () => {
    const rows = plain(
      await ws.query(
        `select mention_id, url, created_at, author_handle, body, likes, comments, location, hashtags, source_line
         from fct_mentions where source_file = 'inbox/mentions-array.json' order by source_line`,
      ),
    );
    expect(rows).toEqual([
      {
        mention_id: 'instagram:C9xYz12AbCd', url: 'https://www.instagram.com/p/C9xYz12AbCd/', created_at: '2026-09-15T05:45:00.000Z',
        author_handle: 'studio.lumen', body: 'Golden hour, shot on Nova. #ShotOnNova #AcmeNova', likes: 5230, comments: 48, location: 'Lisbon',
        hashtags: ['shotonnova', 'acmenova'], source_line: 1,
      },
      {
        mention_id: 'instagram:C9xYz12AbCe', url: 'https://www.instagram.com/p/C9xYz12AbCe/', created_at: '2026-09-15T07:10:00.000Z',
        author_handle: 'studio.lumen', body: 'Night mode test.\nNot bad, not great.', likes: 1104, comments: 12, location: null,
        hashtags: null, source_line: 2,
      },
    ]);
    const [{ extra }] = await ws.query<{ extra: string }>(`select extra::varchar as extra from raw_generic where source_file = 'inbox/mentions-array.json' and source_line = 2`);
    expect(JSON.parse(extra)).toMatchObject({ filter: 'Clarendon' });
  });

  it('reads Parquet with a list column of hashtags and keeps unmapped columns in extra', async () => {
    const rows = plain(
      await ws.query(
        `select mention_id, created_at, body, hashtags, likes, extra::varchar as extra, source_line
         from fct_mentions where source_file = 'inbox/tiktok.parquet' order by source_line`,
      ),
    );
    expect(rows).toEqual([
      {
        mention_id: 'tiktok:7414000000000000011', created_at: '2026-09-14T10:00:00.000Z', body: 'Nova dance challenge #nova #fyp',
        hashtags: ['nova', 'fyp'], likes: 1200, extra: '{"sound":"Nova Beat"}', source_line: 1,
      },
      {
        mention_id: 'tiktok:7414000000000000012', created_at: '2026-09-14T11:30:00.000Z', body: 'Unboxing, no hashtags',
        hashtags: [], likes: null, extra: '{"sound":null}', source_line: 2,
      },
    ]);
  });

  it('conserves every row read', async () => {
    expect(await checkViolations(ws, 'check_rows_conserved')).toEqual([]);
  });
});
