import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byKey, checkViolations, plain, tempWorkspace, utf16le, type TempWorkspace } from './helpers.ts';

// A tab-separated export saved by a spreadsheet as "Unicode text": UTF-16 LE with a BOM.
const UTF16_TSV = [
  'id\tbody\tauthor_handle\tcreated_at\tlang\tplatform\tfollowers',
  '1834500000000000151\tNova ekranı çok parlak 👍\tselin_a\t2026-09-14T12:00:00+03:00\ttr\ttwitter\t640',
  '1834500000000000152\t"Nova: 東京で買えますか?"\tkenji\t2026-09-14 21:00:00\tja\ttwitter\t12000',
].join('\r\n');

describe('TSV, semicolon and UTF-16 delimited exports', () => {
  let ws: TempWorkspace;

  beforeAll(async () => {
    ws = tempWorkspace('delimited');
    ws.addFixture('mentions.tsv');
    ws.addFixture('mentions-semicolon.csv');
    ws.write('unicode-text.txt', utf16le(`${UTF16_TSV}\r\n`));
    ws.write('weekly.tsv.gz', gzipSync(utf16le('id\tbody\tauthor_handle\tcreated_at\r\n1834500000000000161\t"Nova 🎉\r\nday two"\tgz_user\t2026-09-16T10:00:00Z\r\n')));
    await ws.run();
  });
  afterAll(() => ws.cleanup());

  it('detects each file as a generic table in its encoding', async () => {
    const files = plain(await ws.query('select path, format, encoding, status, rows_read, rows_loaded, rows_rejected from ingest_files order by path'));
    expect(files).toEqual([
      { path: 'inbox/mentions-semicolon.csv', format: 'generic', encoding: 'utf-8', status: 'loaded', rows_read: 3, rows_loaded: 1, rows_rejected: 2 },
      { path: 'inbox/mentions.tsv', format: 'generic', encoding: 'utf-8', status: 'loaded', rows_read: 3, rows_loaded: 3, rows_rejected: 0 },
      { path: 'inbox/unicode-text.txt', format: 'generic', encoding: 'utf-16', status: 'loaded', rows_read: 2, rows_loaded: 2, rows_rejected: 0 },
      { path: 'inbox/weekly.tsv.gz', format: 'generic', encoding: 'utf-16', status: 'loaded', rows_read: 1, rows_loaded: 1, rows_rejected: 0 },
    ]);
  });

  it('reads a gzipped UTF-16 export with a line break and an emoji in a field', async () => {
    const rows = plain(await ws.query(`select mention_id, body, created_at, source_line from fct_mentions where source_file = 'inbox/weekly.tsv.gz'`));
    expect(rows).toEqual([{ mention_id: 'web:1834500000000000161', body: 'Nova 🎉\r\nday two', created_at: '2026-09-16T10:00:00.000Z', source_line: 2 }]);
  });

  it('splits a TSV on tabs only: commas and semicolons stay in the text, a quoted tab too', async () => {
    const rows = byKey(
      plain(await ws.query(`select * from fct_mentions where source_file = 'inbox/mentions.tsv' order by source_line`)),
      'source_line',
    );
    expect(rows[2]).toMatchObject({
      mention_id: 'x:1834500000000000101',
      body: 'Nova battery review: 2 days, no charge; impressive, honestly',
      created_at: '2026-09-14T09:00:00.000Z',
      likes: 31,
      shares: 4,
      url: 'https://twitter.com/gadgetgal/status/1834500000000000101',
    });
    // No id: a news item is keyed by a hash of its URL, and a naive time is UTC.
    expect(rows[3]).toMatchObject({ platform: 'news', author_handle: 'Acme Newsroom', created_at: '2026-09-14T10:15:00.000Z', likes: null });
    expect(rows[3].mention_id).toMatch(/^news:u[0-9a-f]{16}$/);
    expect(rows[4]).toMatchObject({ mention_id: 'x:1834500000000000103', body: 'Tabs\tinside quotes stay in the text', created_at: '2026-09-14T16:30:00.000Z' });
  });

  it('reads a semicolon file with CRLF endings, a quoted semicolon and a day-first date', async () => {
    const rows = plain(await ws.query(`select * from fct_mentions where source_file = 'inbox/mentions-semicolon.csv'`));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      mention_id: 'instagram:55002',
      body: 'Preis: 899 €; zu teuer; aber schön',
      author_handle: 'lena.b',
      lang: 'de', // "Deutsch"
      created_at: '2026-09-26T09:00:00.000Z', // 26/09/2026 09:00: day first, since 26 > 12
      likes: 77,
      source_line: 3,
    });
  });

  it('rejects a dotted thousands count and an ambiguous slashed date instead of guessing', async () => {
    const rejects = plain(
      await ws.query(`select source_line, reason from ingest_rejects where source_file = 'inbox/mentions-semicolon.csv' order by source_line`),
    );
    expect(rejects).toEqual([
      { source_line: 2, reason: "likes '1.204' is not a count" },
      {
        source_line: 4,
        reason: `created_at '03/10/2026 18:30' is ambiguous (day/month or month/day); set dateOrder: "dmy" or "mdy" for this file in listening.config.ts`,
      },
    ]);
  });

  it('decodes UTF-16 LE text, emoji and CJK included, and converts its offset time', async () => {
    const rows = plain(
      await ws.query(`select mention_id, body, author_handle, created_at, lang, author_followers, source_line from fct_mentions
                      where source_file = 'inbox/unicode-text.txt' order by source_line`),
    );
    expect(rows).toEqual([
      { mention_id: 'x:1834500000000000151', body: 'Nova ekranı çok parlak 👍', author_handle: 'selin_a', created_at: '2026-09-14T09:00:00.000Z', lang: 'tr', author_followers: 640, source_line: 2 },
      { mention_id: 'x:1834500000000000152', body: 'Nova: 東京で買えますか?', author_handle: 'kenji', created_at: '2026-09-14T21:00:00.000Z', lang: 'ja', author_followers: 12000, source_line: 3 },
    ]);
  });

  it('conserves every row read', async () => {
    expect(await checkViolations(ws, 'check_rows_conserved')).toEqual([]);
  });
});
