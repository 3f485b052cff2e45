import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkViolations, plain, tempWorkspace, type TempWorkspace } from './helpers.ts';

const CONFIG_MODULE = fileURLToPath(new URL('../../pipelines/lib/config.ts', import.meta.url));

// Fixed bytes with NULs, so the fixture is the same on every run.
const BINARY = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
const ZIP = Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', 'latin1'), Buffer.from('mentions.csv', 'latin1'), BINARY.subarray(0, 64)]);
// Windows-1252/Latin-1 text: é (0xE9) on line 3 is not UTF-8.
const LATIN1 = Buffer.from(
  'id,text,author,created_at\n' +
    '1834500000000001001,Nova launch in Montreal tonight,mtl_news,2026-09-14T23:00:00Z\n' +
    '1834500000000001002,Déçu par la batterie du Nova,jean_q,2026-09-15T08:00:00Z\n',
  'latin1',
);

type FileRow = { path: string; status: string; format: string | null; rows_loaded: number; message: string | null };

describe('files that cannot be loaded as they are', () => {
  let ws: TempWorkspace;
  let files: Record<string, FileRow>;
  let warnings: string;

  const fileRows = async () =>
    Object.fromEntries(
      plain(await ws.query<FileRow>('select path, status, format, rows_loaded, message from ingest_files')).map((f) => [f.path, f]),
    );

  beforeAll(async () => {
    ws = tempWorkspace('bad');
    ws.write('empty.csv', '');
    ws.write('photo.csv', BINARY);
    ws.write('export.zip', ZIP);
    ws.write('legacy/montreal.csv', LATIN1);
    ws.addFixture('agency-export.csv', 'agency/nova-week.csv');
    ws.addFixture('generic-mentions.csv', 'good.csv');
    warnings = await ws.run();
    files = await fileRows();
  });
  afterAll(() => ws.cleanup());

  it('refuses an empty file, a binary file and a zip, saying what to do', () => {
    expect(files['inbox/empty.csv']).toMatchObject({
      status: 'refused',
      message: 'inbox/empty.csv: the file is empty; nothing to load. Remove it from the inbox or replace it with a full export.',
    });
    expect(files['inbox/photo.csv']).toMatchObject({
      status: 'refused',
      message:
        'inbox/photo.csv: the file looks binary (it is not text, JSON or Parquet). If it is a spreadsheet or a zip, export or unzip it as CSV into the inbox.',
    });
    expect(files['inbox/export.zip']).toMatchObject({
      status: 'refused',
      message: 'inbox/export.zip: archives are not read directly. Unzip the export into the inbox and run again.',
    });
  });

  it('refuses Latin-1 text with the line of the first invalid UTF-8 byte', () => {
    expect(files['inbox/legacy/montreal.csv']).toMatchObject({
      status: 'refused',
      message: 'inbox/legacy/montreal.csv: line 3 is not valid UTF-8 or UTF-16. Re-export the file as UTF-8, or convert it (iconv -f WINDOWS-1252 -t UTF-8).',
    });
  });

  it('refuses unknown columns naming the file, the missing fields, the closest columns and how to map them', () => {
    const { status, message } = files['inbox/agency/nova-week.csv'];
    expect(status).toBe('refused');
    expect(message).toContain('inbox/agency/nova-week.csv: looks like generic mention table but lacks the required column(s) created_at, body. ');
    expect(message).toMatch(/Closest columns found: created_at → Day( \/ [^;]+)?; body → Post Content\. /);
    expect(message).toContain('Map them in listening.config.ts: ingest.mappings: [{ match: "<file glob>", columns: { created_at: "<column>", body: "<column>" } }].');
    expect(warnings).toContain(`warning: ${message}`);
  });

  it('still loads the good file of the same inbox, and the loaded rows add up', async () => {
    expect(files['inbox/good.csv']).toMatchObject({ status: 'loaded', format: 'generic', rows_loaded: 4 });
    expect(warnings).toMatch(/^1 file\(s\) loaded, 0 unchanged, 5 refused; 4 mentions loaded, 2 rows rejected/m);
    expect(await checkViolations(ws, 'check_rows_conserved')).toEqual([]);
  });

  describe('after the team maps the files in listening.config.ts', () => {
    beforeAll(async () => {
      writeFileSync(
        join(ws.root, 'listening.config.ts'),
        `import { defineConfig } from ${JSON.stringify(CONFIG_MODULE)};

export default defineConfig({
  ingest: {
    mappings: [
      {
        match: 'agency/*.csv',
        columns: { body: 'Post Content', created_at: ['Day', 'Hour'], platform: 'Network', author_handle: 'Profile' },
        timeZone: 'Europe/Istanbul',
        dateOrder: 'dmy',
      },
      { match: 'legacy/*.csv', encoding: 'latin-1' },
      { match: 'typo/*.csv', columns: { body: 'Post Text', created_at: 'Day' } },
    ],
  },
});
`,
      );
      ws.write('typo/nova-week-2.csv', 'Post Content,Day\nSecond week with the Nova,21/09/2026\n');
      // A stray unmapped copy that sorts first must not stop the mapped file from loading.
      ws.addFixture('agency-export.csv', 'a-stray-copy.csv');
      warnings = await ws.run();
      files = await fileRows();
    });

    it('loads the agency file with its columns, zone and day-first dates; unmapped columns go to extra', async () => {
      expect(files['inbox/agency/nova-week.csv']).toMatchObject({ status: 'loaded', format: 'generic', rows_loaded: 2, message: null });
      const rows = plain(
        await ws.query(
          `select platform, author_handle, body, created_at, extra::varchar as extra, source_line
           from fct_mentions where source_file = 'inbox/agency/nova-week.csv' order by source_line`,
        ),
      );
      expect(rows).toEqual([
        {
          platform: 'instagram', author_handle: 'deniz.c', body: 'Nova arrived today, first impressions tonight',
          created_at: '2026-09-14T08:31:00.000Z', extra: '{"Engagements":"120"}', source_line: 2,
        },
        {
          platform: 'x', author_handle: 'ayse_k', body: "Nova'nın kamerası harika",
          created_at: '2026-10-03T06:00:00.000Z', extra: '{"Engagements":"8"}', source_line: 3,
        },
      ]);
      const [{ date_order, time_zone }] = await ws.query<{ date_order: string; time_zone: string }>(
        `select date_order, time_zone from ingest_files where path = 'inbox/agency/nova-week.csv'`,
      );
      expect([date_order, time_zone]).toEqual(['dmy', 'Europe/Istanbul']);
    });

    it('loads the Latin-1 file declared as such', async () => {
      const rows = plain(await ws.query(`select mention_id, body from fct_mentions where source_file = 'inbox/legacy/montreal.csv' order by mention_id`));
      expect(rows).toEqual([
        // No platform column and no URL: the mention is 'web'.
        { mention_id: 'web:1834500000000001001', body: 'Nova launch in Montreal tonight' },
        { mention_id: 'web:1834500000000001002', body: 'Déçu par la batterie du Nova' },
      ]);
      const [{ encoding }] = await ws.query<{ encoding: string }>(`select encoding from ingest_files where path = 'inbox/legacy/montreal.csv'`);
      expect(encoding).toBe('latin-1');
    });

    it('refuses a mapping that names a column the file lacks', () => {
      expect(files['inbox/typo/nova-week-2.csv']).toMatchObject({
        status: 'refused',
        message:
          'inbox/typo/nova-week-2.csv: the mapping names column(s) Post Text that the file does not have (it has: Post Content, Day). Fix ingest.mappings in listening.config.ts.',
      });
    });

    it('keeps refusing the unfixable files and conserves every row', async () => {
      expect(['inbox/empty.csv', 'inbox/photo.csv', 'inbox/export.zip'].map((p) => files[p].status)).toEqual(['refused', 'refused', 'refused']);
      expect(warnings).toContain('warning: inbox/a-stray-copy.csv: looks like generic mention table but lacks the required column(s) created_at, body.');
      expect(await checkViolations(ws, 'check_rows_conserved')).toEqual([]);
    });

    // Known bug: ingest_files is keyed by content (file_id = sha256), so the stray copy's 'refused' record is
    // overwritten by the mapped file's 'loaded' one; the summary then counts a file it just refused as unchanged
    // ("2 unchanged, 4 refused"). Needs a record per path (queries/ddl/10_ingest_files.sql), beyond a small fix.
    it('counts the refused stray copy as refused in the run summary', () => {
      expect(warnings).toMatch(/^2 file\(s\) loaded, 1 unchanged, 5 refused; 4 mentions loaded, 0 rows rejected/m);
    });
  });
});
