import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plain, tempWorkspace, type TempWorkspace } from './helpers.ts';

const MENTIONS = `select mention_id, platform, created_at, author_handle, body, shares, delivery_count from fct_mentions order by mention_id`;
const FILES = `select file_id, path, size_bytes, mtime_ms, format, status, rows_read, rows_loaded, rows_rejected, batch_id, loaded_at from ingest_files order by path, status`;

// Runs share one warehouse and build on each other, in order.
describe('incremental loads', () => {
  let ws: TempWorkspace;
  let csv: string;
  let firstMentions: Record<string, unknown>[];
  let firstFiles: Record<string, unknown>[];

  beforeAll(async () => {
    ws = tempWorkspace('incremental');
    csv = ws.addFixture('generic-mentions.csv');
    ws.addFixture('mentions.ndjson');
    await ws.run();
    firstMentions = plain(await ws.query(MENTIONS));
    firstFiles = plain(await ws.query(FILES));
  });
  afterAll(() => ws.cleanup());

  it('loads both files on the first run', () => {
    expect(firstMentions).toHaveLength(7);
    expect(firstFiles.map((f) => [f.path, f.status, f.rows_loaded])).toEqual([
      ['inbox/generic-mentions.csv', 'loaded', 4],
      ['inbox/mentions.ndjson', 'loaded', 3],
    ]);
  });

  it('loads nothing on a second run over unchanged files', async () => {
    const summary = await ws.run();
    expect(summary).toMatch(/^0 file\(s\) loaded, 2 unchanged, 0 refused; 0 mentions loaded, 0 rows rejected, 0 duplicate deliveries merged;/m);
    expect(plain(await ws.query(FILES))).toEqual(firstFiles);
    expect(plain(await ws.query(MENTIONS))).toEqual(firstMentions);
    const [{ rejects }] = plain(await ws.query<{ rejects: number }>('select count(*) as rejects from ingest_rejects'));
    expect(rejects).toBe(4);
  });

  it('reloads a changed file in place of its earlier version: no duplicate rows, the old record marked replaced', async () => {
    const changed = readFileSync(csv, 'utf8').replace(',"1,204",5\n', ',"1,204",7\n') + '1834500000000000007,Nova restock in Berlin?,berlin_buyer,2026-09-16T08:00:00Z,de,twitter,12,0\n';
    writeFileSync(csv, changed);
    const summary = await ws.run();
    expect(summary).toMatch(/^1 file\(s\) loaded, 1 unchanged, 0 refused; 5 mentions loaded, 2 rows rejected, 0 duplicate deliveries merged;/m);

    const files = plain(await ws.query(FILES));
    const old = firstFiles.find((f) => f.path === 'inbox/generic-mentions.csv')!;
    expect(files.filter((f) => f.path === 'inbox/generic-mentions.csv').map((f) => [f.file_id === old.file_id, f.status, f.rows_read, f.rows_loaded])).toEqual([
      [false, 'loaded', 7, 5],
      [true, 'replaced', 6, 4],
    ]);
    expect(files.find((f) => f.path === 'inbox/mentions.ndjson')).toEqual(firstFiles.find((f) => f.path === 'inbox/mentions.ndjson'));

    const mentions = plain(await ws.query<Record<string, unknown>>(MENTIONS));
    expect(mentions).toHaveLength(8);
    expect(mentions.every((m) => m.delivery_count === 1)).toBe(true);
    expect(mentions.find((m) => m.mention_id === 'x:1834500000000000001')).toMatchObject({ shares: 7 });
    expect(mentions.find((m) => m.mention_id === 'x:1834500000000000007')).toMatchObject({ author_handle: 'berlin_buyer', created_at: '2026-09-16T08:00:00.000Z' });
    const rejects = plain(await ws.query(`select source_line from ingest_rejects where source_file = 'inbox/generic-mentions.csv' order by 1`));
    expect(rejects).toEqual([{ source_line: 7 }, { source_line: 8 }]);
  });

  it('skips a copy of an already-loaded file under another name', async () => {
    copyFileSync(join(ws.inbox, 'mentions.ndjson'), join(ws.inbox, 'mentions (1).ndjson'));
    const before = plain(await ws.query(FILES));
    const summary = await ws.run();
    expect(summary).toMatch(/^0 file\(s\) loaded, 3 unchanged, 0 refused; 0 mentions loaded/m);
    expect(plain(await ws.query(FILES))).toEqual(before);
    const [{ n }] = plain(await ws.query<{ n: number }>(`select count(*) as n from stg_raw_rows where source_file = 'inbox/mentions (1).ndjson'`));
    expect(n).toBe(0);
  });

  it('rebuilds the same mentions from scratch with fullRefresh', async () => {
    const before = plain(await ws.query(MENTIONS));
    await ws.run({ fullRefresh: true });
    expect(plain(await ws.query(MENTIONS))).toEqual(before);
    const files = plain(await ws.query<{ path: string; status: string }>(`select path, status from ingest_files order by path`));
    // The rebuilt warehouse knows one version per file; of two identical files, the first in path order is loaded.
    expect(files).toEqual([
      { path: 'inbox/generic-mentions.csv', status: 'loaded' },
      { path: 'inbox/mentions (1).ndjson', status: 'loaded' },
    ]);
    const [{ rejects }] = plain(await ws.query<{ rejects: number }>('select count(*) as rejects from ingest_rejects'));
    expect(rejects).toBe(4);
  });
});
