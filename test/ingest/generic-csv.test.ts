import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkViolations, plain, tempWorkspace, type TempWorkspace } from './helpers.ts';

// generic-mentions.csv, physical lines: 1 header (after a UTF-8 BOM), 2 offset timestamp, 3–5 one quoted
// record over three lines, 6 epoch milliseconds, 7 a record with a ninth column, 8 "next tuesday", 9 "15.3K".
describe('generic CSV export', () => {
  let ws: TempWorkspace;
  let summary: string;

  beforeAll(async () => {
    ws = tempWorkspace('generic');
    ws.addFixture('generic-mentions.csv');
    summary = await ws.run();
  });
  afterAll(() => ws.cleanup());

  it('records the file as a generic UTF-8 table with read = loaded + rejected', async () => {
    const files = plain(await ws.query('select path, format, encoding, status, rows_read, rows_loaded, rows_rejected, message from ingest_files'));
    expect(files).toEqual([
      { path: 'inbox/generic-mentions.csv', format: 'generic', encoding: 'utf-8', status: 'loaded', rows_read: 6, rows_loaded: 4, rows_rejected: 2, message: null },
    ]);
    expect(summary).toMatch(/^1 file\(s\) loaded, 0 unchanged, 0 refused; 4 mentions loaded, 2 rows rejected, 0 duplicate deliveries merged; [0-9.]+ s$/m);
  });

  it('maps header synonyms (mention_id, message, username, timestamp, language, source, followers, retweets)', async () => {
    const rows = plain(
      await ws.query(
        `select mention_id, platform, author_handle, lang, author_followers, shares, source_line
         from fct_mentions order by source_line`,
      ),
    );
    expect(rows).toEqual([
      { mention_id: 'x:1834500000000000001', platform: 'x', author_handle: 'ana_builds', lang: 'en', author_followers: 1204, shares: 5, source_line: 2 },
      { mention_id: 'facebook:fb-778812', platform: 'facebook', author_handle: 'carlos.m', lang: 'es', author_followers: 310, shares: 0, source_line: 3 },
      { mention_id: 'x:1834500000000000003', platform: 'x', author_handle: 'lucia_r', lang: 'es', author_followers: 88, shares: 2, source_line: 6 },
      { mention_id: 'x:1834500000000000006', platform: 'x', author_handle: 'techdan', lang: 'en', author_followers: 15300, shares: 12, source_line: 9 },
    ]);
  });

  it('converts offsets, epoch seconds and epoch milliseconds to UTC, and reads naive times as UTC whatever TZ is', async () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    const rows = plain(await ws.query(`select mention_id, created_at from fct_mentions order by source_line`));
    expect(rows.map((r) => r.created_at)).toEqual([
      '2026-09-14T05:31:00.000Z', // 2026-09-14T08:31:00+03:00
      '2026-09-14T08:00:00.000Z', // 1789372800
      '2026-09-14T08:30:00.000Z', // 1789374600000
      '2026-09-15T12:00:00.000Z', // 2026-09-15 12:00:00 (no zone: the file's zone, UTC)
    ]);
  });

  it('gives the same UTC instants in an SQL session whose TimeZone is not UTC (an analyst\'s prompt)', async () => {
    const instance = await DuckDBInstance.create(ws.warehouse, { access_mode: 'READ_ONLY' });
    const session = await instance.connect();
    try {
      await session.run("load icu; set TimeZone = 'America/Los_Angeles'");
      const reader = await session.runAndReadAll('select source_line, epoch(created_at)::bigint as epoch from stg_mentions order by source_line');
      expect(plain(reader.getRowObjectsJS())).toEqual([
        { source_line: 2, epoch: Date.UTC(2026, 8, 14, 5, 31) / 1000 },
        { source_line: 3, epoch: Date.UTC(2026, 8, 14, 8, 0) / 1000 },
        { source_line: 6, epoch: Date.UTC(2026, 8, 14, 8, 30) / 1000 },
        { source_line: 9, epoch: Date.UTC(2026, 8, 15, 12, 0) / 1000 },
      ]);
    } finally {
      session.closeSync();
      instance.closeSync();
    }
  });

  it('keeps quoted commas, doubled quotes and line breaks inside one field; hashtags come from the text', async () => {
    const rows = await ws.query<{ mention_id: string; body: string; hashtags: string[] }>(
      `select mention_id, body, hashtags from fct_mentions where mention_id in ('x:1834500000000000001', 'facebook:fb-778812') order by mention_id`,
    );
    expect(rows).toEqual([
      {
        mention_id: 'facebook:fb-778812',
        body: 'Bought the Nova yesterday.\nScreen is great, camera "meh", price, well...\nWould I buy it again? Maybe.',
        hashtags: null,
      },
      { mention_id: 'x:1834500000000000001', body: 'Loving the new Acme Nova, battery lasts "forever" #AcmeNova', hashtags: ['acmenova'] },
    ]);
  });

  it('rejects the over-long record and the unreadable timestamp with their physical lines and reasons', async () => {
    const rejects = plain(await ws.query('select source_file, source_line, reason, raw_text from ingest_rejects order by source_line'));
    expect(rejects).toHaveLength(2);
    expect(rejects[0]).toEqual({
      source_file: 'inbox/generic-mentions.csv',
      source_line: 7,
      reason: 'TOO MANY COLUMNS: Expected Number of Columns: 8 Found: 9',
      raw_text: '1834500000000000004,Too many columns here,extra_col,2026-09-14T10:00:00Z,en,twitter,10,1,surprise',
    });
    expect(rejects[1]).toMatchObject({
      source_file: 'inbox/generic-mentions.csv',
      source_line: 8,
      reason: "created_at 'next tuesday' is not a recognized timestamp (ISO 8601, epoch seconds or milliseconds, or a vendor date form)",
    });
    expect(JSON.parse(rejects[1].raw_text as string)).toMatchObject({ native_id: '1834500000000000005', body: 'When does the Nova ship to Canada?' });
  });

  it('traces every mention to a line and conserves every row read', async () => {
    expect(await checkViolations(ws, 'check_rows_conserved')).toEqual([]);
    expect(await checkViolations(ws, 'check_mentions_traceable')).toEqual([]);
    const [{ n }] = plain(await ws.query<{ n: number }>('select count(*) as n from fct_mentions'));
    expect(n).toBe(4);
  });
});

describe('physical line numbers around rejects, multi-line fields, CRLF and late encoding errors', () => {
  let ws: TempWorkspace;

  beforeAll(async () => {
    ws = tempWorkspace('lines');
    const t = '2026-09-14T10:00:00Z';
    // Lines: 1 header, 2 reject, 3–5 one record, 6, 7 bad time, 8–9 one record, 10.
    ws.write('reject-first.csv', `id,text,author,created_at\n1,a,b,c,d,e\n2,"multi\nline\nfield",u,${t}\n3,after,u,${t}\n4,x,u,bad\n5,"two\nlines",u,${t}\n6,last,u,${t}\n`);
    ws.write('crlf.csv', `id,text,author,created_at\r\n11,"multi\r\nline",u,${t}\r\n12,after,u,${t}\r\n`);
    // Past the 256 KiB the sniffer reads: one Latin-1 byte on line 6,002 of an otherwise ASCII file.
    const ascii = Array.from({ length: 6000 }, (_, i) => `${100000 + i},Plain mention number ${i} about the Nova phone,user${i},${t}`);
    ws.write('late-latin1.csv', Buffer.concat([
      Buffer.from(['id,text,author,created_at', ...ascii, ''].join('\n')),
      Buffer.from(`9999,Caf\xe9 late row,jean,${t}\n7777,after,bob,${t}\n`, 'latin1'),
    ]));
    await ws.run();
  });
  afterAll(() => ws.cleanup());

  it('numbers good and rejected records by their first physical line', async () => {
    const loaded = plain(await ws.query(`select source_file, native_id, source_line from raw_generic where source_file <> 'inbox/late-latin1.csv' order by 1, 3`));
    expect(loaded).toEqual([
      { source_file: 'inbox/crlf.csv', native_id: '11', source_line: 2 },
      { source_file: 'inbox/crlf.csv', native_id: '12', source_line: 4 },
      { source_file: 'inbox/reject-first.csv', native_id: '2', source_line: 3 },
      { source_file: 'inbox/reject-first.csv', native_id: '3', source_line: 6 },
      { source_file: 'inbox/reject-first.csv', native_id: '5', source_line: 8 },
      { source_file: 'inbox/reject-first.csv', native_id: '6', source_line: 10 },
    ]);
    const rejects = plain(await ws.query<{ source_line: number; reason: string }>(`select source_line, reason from ingest_rejects where source_file = 'inbox/reject-first.csv' order by 1`));
    expect(rejects.map((r) => r.source_line)).toEqual([2, 7]);
    expect(rejects[0].reason).toMatch(/^TOO MANY COLUMNS: Expected Number of Columns: 4 Found: /);
    expect(rejects[1].reason).toBe("created_at 'bad' is not a recognized timestamp (ISO 8601, epoch seconds or milliseconds, or a vendor date form)");
  });

  it('rejects only the row with invalid UTF-8 beyond the sniffed head, with its line, and loads the rest', async () => {
    const [file] = plain(await ws.query(`select status, rows_read, rows_loaded, rows_rejected from ingest_files where path = 'inbox/late-latin1.csv'`));
    expect(file).toEqual({ status: 'loaded', rows_read: 6002, rows_loaded: 6001, rows_rejected: 1 });
    const rejects = plain(await ws.query<{ source_line: number; reason: string }>(`select source_line, reason from ingest_rejects where source_file = 'inbox/late-latin1.csv'`));
    expect(rejects).toEqual([{ source_line: 6002, reason: 'INVALID ENCODING: Invalid unicode (byte sequence mismatch) detected. This file is not utf-8 encoded.' }]);
    const [after] = plain(await ws.query(`select source_line from raw_generic where native_id = '7777'`));
    expect(after).toEqual({ source_line: 6003 });
    expect(await checkViolations(ws, 'check_rows_conserved')).toEqual([]);
  });
});
