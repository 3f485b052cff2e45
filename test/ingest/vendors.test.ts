import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, byKey, checkViolations, plain, tempWorkspace, utf16le, type TempWorkspace } from './helpers.ts';

type Row = Record<string, unknown>;

describe('listening-vendor exports', () => {
  let ws: TempWorkspace;
  let mentions: Record<string, Row>;
  const extra = (id: string) => JSON.parse(mentions[id].extra as string) as Record<string, unknown>;

  beforeAll(async () => {
    ws = tempWorkspace('vendors');
    for (const name of ['brandwatch-export.csv', 'talkwalker-export.csv', 'sprinklr-export.csv', 'brand24-export.csv']) ws.addFixture(name);
    // Meltwater delivers its "CSV" as UTF-16 LE with a BOM, tab-separated.
    ws.write('meltwater-export.csv', utf16le(readFileSync(join(FIXTURES, 'meltwater-export.utf8.tsv'), 'utf8')));
    await ws.run();
    const rows = plain(await ws.query<Row>('select * exclude (extra), extra::varchar as extra from fct_mentions'));
    mentions = byKey(rows, 'mention_id');
  });
  afterAll(() => ws.cleanup());

  it('detects each vendor from its header (after the Brandwatch preamble, in UTF-16 for Meltwater)', async () => {
    const files = plain(await ws.query('select path, format, encoding, status, rows_read, rows_loaded, rows_rejected from ingest_files order by path'));
    expect(files).toEqual([
      { path: 'inbox/brand24-export.csv', format: 'brand24', encoding: 'utf-8', status: 'loaded', rows_read: 2, rows_loaded: 2, rows_rejected: 0 },
      { path: 'inbox/brandwatch-export.csv', format: 'brandwatch', encoding: 'utf-8', status: 'loaded', rows_read: 3, rows_loaded: 3, rows_rejected: 0 },
      { path: 'inbox/meltwater-export.csv', format: 'meltwater', encoding: 'utf-16', status: 'loaded', rows_read: 3, rows_loaded: 3, rows_rejected: 0 },
      { path: 'inbox/sprinklr-export.csv', format: 'sprinklr', encoding: 'utf-8', status: 'loaded', rows_read: 2, rows_loaded: 2, rows_rejected: 0 },
      { path: 'inbox/talkwalker-export.csv', format: 'talkwalker', encoding: 'utf-8', status: 'loaded', rows_read: 3, rows_loaded: 3, rows_rejected: 0 },
    ]);
    expect(await checkViolations(ws, 'check_rows_conserved')).toEqual([]);
  });

  it('Brandwatch: rows after the 6-line preamble, counts with commas, reply links as canonical ids, Query Name in extra', () => {
    expect(mentions['x:1834500000000000301']).toMatchObject({
      platform: 'x', source_line: 8, created_at: '2026-09-14T08:31:00.000Z', author_id: '9001001', author_handle: 'ana_builds',
      author_name: 'Ana Builds', author_followers: 5310, is_author_verified: true, lang: 'en', country: 'US', likes: 220, shares: 14,
      comments: 9, views: 12400, reach: 5310, vendor_sentiment: 'positive', hashtags: ['acmenova', 'camera'], mentioned_handles: ['acme'],
    });
    expect(mentions['x:1834500000000000302']).toMatchObject({
      source_line: 9, parent_id: 'x:1834500000000000301', is_author_verified: false, vendor_sentiment: 'negative', is_reply: true,
    });
    expect(extra('x:1834500000000000301')).toEqual({
      'Query Id': '2001234567', 'Query Name': 'Acme Nova – brand', 'Resource Id': '1834500000000000301', 'Thread Entry Type': 'post',
    });
    const news = Object.values(mentions).find((m) => m.url === 'https://www.technews.example/acme-nova-launch')!;
    expect(news).toMatchObject({
      platform: 'news', source_name: 'technews.example', title: 'Acme unveils Nova with two-day battery', country: 'DE', reach: 98000,
      vendor_sentiment: 'neutral', source_line: 10,
    });
  });

  it('Talkwalker: epoch-ms and date-string published, numeric sentiment -5..5, SOCIALMEDIA_* source types, engagement in extra', () => {
    expect(mentions['x:1834500000000000401']).toMatchObject({
      platform: 'x', created_at: '2026-09-14T08:45:00.000Z', author_handle: 'lucia_r', lang: 'es', country: 'ES', reach: 880, vendor_sentiment: 'positive',
    });
    expect(extra('x:1834500000000000401')).toEqual({ post_type: 'TEXT', engagement: '41' });
    const blog = Object.values(mentions).find((m) => m.url === 'https://www.blog.example/nova-first-week')!;
    expect(blog).toMatchObject({
      platform: 'blog', source_name: "Jane's Gadget Blog", created_at: '2026-09-15T18:20:00.000Z', author_name: 'Jane Doe', country: 'US',
      vendor_sentiment: 'neutral', // 0
    });
    expect(mentions['facebook:1122334455']).toMatchObject({ platform: 'facebook', created_at: '2026-09-16T06:00:00.000Z', vendor_sentiment: 'negative', country: 'PH' });
  });

  it('Meltwater: Date + 12-hour Time, X/News source types, @handles, language names, "Not Rated" as no sentiment, Input Name in extra', () => {
    expect(mentions['x:1834500000000000501']).toMatchObject({
      platform: 'x', created_at: '2026-09-14T08:31:00.000Z', author_handle: 'ana_builds', lang: 'en', vendor_sentiment: 'positive', reach: 5310, source_line: 2,
    });
    expect(mentions['x:1834500000000000503']).toMatchObject({
      created_at: '2026-09-15T23:59:00.000Z', author_handle: 'cem_t', lang: 'tr', vendor_sentiment: 'negative', body: "Nova'nın fiyatı çok yüksek",
    });
    expect(extra('x:1834500000000000503')).toEqual({ 'Document ID': '1789516740000_Qw9Rt5Yu', 'Input Name': 'Competitor Orbit' });
    const news = Object.values(mentions).find((m) => m.url === 'https://www.dailynews.example/tech/nova-review')!;
    expect(news).toMatchObject({
      platform: 'news', created_at: '2026-09-14T14:05:00.000Z', title: 'Acme Nova review: great battery, so-so camera',
      author_handle: 'Daily News Tech Desk', vendor_sentiment: null, reach: 1250000, lang: 'en',
    });
  });

  it('Sprinklr: "Sep 14, 2026 09:15 AM" times, upper-case networks and sentiment, language names, ids from permalinks', () => {
    expect(mentions['x:1834500000000000601']).toMatchObject({
      platform: 'x', created_at: '2026-09-14T09:15:00.000Z', author_handle: 'nova_owner', author_name: 'Nova Owner', author_followers: 2048,
      lang: 'en', country: 'US', vendor_sentiment: 'negative', comments: 1,
    });
    expect(mentions['facebook:998877']).toMatchObject({ platform: 'facebook', created_at: '2026-09-14T19:40:00.000Z', lang: 'es', country: 'MX', vendor_sentiment: 'positive', likes: 12 });
    expect(extra('x:1834500000000000601')).toEqual({ 'Universal Message ID': 'TWITTER_1834500000000000601', 'Message Type': 'Twitter Reply', 'Brand Name': 'Acme' });
  });

  it('Brand24: Date + Time, source categories (TikTok, Forums), followers with commas, Tags in extra', () => {
    expect(mentions['tiktok:7414000000000000001']).toMatchObject({
      platform: 'tiktok', created_at: '2026-09-14T10:20:00.000Z', author_handle: 'unboxer', author_followers: 88000, likes: 4100, shares: 230,
      comments: 95, reach: 88000, vendor_sentiment: 'positive', lang: 'en', hashtags: ['acmenova'],
    });
    expect(extra('tiktok:7414000000000000001')).toEqual({ Tags: 'launch' });
    const forum = Object.values(mentions).find((m) => m.url === 'https://forum.example.org/t/acme-nova-worth-it/5512')!;
    expect(forum).toMatchObject({ platform: 'forum', lang: 'en', country: 'CA', vendor_sentiment: 'neutral', comments: 34, author_followers: null });
  });
});
