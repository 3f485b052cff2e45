import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipelines/lib/db.ts';
import { sampleWarehouseFile, truth } from '../trends/sample-warehouse.ts';

describe('the bundled sample through the main job', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openDb(sampleWarehouseFile('sample'), { readOnly: true });
  }, 120_000);

  it('finds every planted mention once, merging exactly the planted duplicate deliveries', async () => {
    const { mentions, merged } = (await db.one<{ mentions: bigint; merged: bigint }>(
      'select count(*) as mentions, sum(delivery_count - 1) as merged from fct_mentions',
    ))!;
    expect(Number(mentions)).toBe(truth.totals.uniqueMentions);
    expect(Number(merged)).toBe(truth.totals.duplicateDeliveries);
    const counts = await db.all<{ mention_id: string; delivery_count: bigint }>(
      'select mention_id, delivery_count from fct_mentions where delivery_count > 1',
    );
    const byId = new Map(counts.map((c) => [c.mention_id, Number(c.delivery_count)]));
    for (const delivery of truth.duplicates.deliveries) expect(byId.get(delivery.mentionId), delivery.mentionId).toBe(delivery.files.length);
  });

  it('knows every mention truth.json names by the id it has in the warehouse', async () => {
    const named = [...truth.themes.flatMap((theme: { mentionIds: string[] }) => theme.mentionIds), ...truth.labels.map((label: unknown[]) => label[0])];
    const missing = await db.all<{ id: string }>(
      'select id from (select unnest($ids::varchar[]) as id) where id not in (select mention_id from fct_mentions)',
      { ids: `[${named.map((id) => `"${id}"`).join(',')}]` },
    );
    expect(named.length).toBeGreaterThan(3000);
    expect(missing).toEqual([]);
  });

  it('rejects exactly the planted malformed rows, at their lines', async () => {
    const rejects = await db.all<{ source_file: string; source_line: bigint }>(
      'select source_file, source_line from ingest_rejects order by source_line',
    );
    expect(rejects.map((r) => [r.source_file.split('data/sample/')[1], Number(r.source_line)])).toEqual(
      truth.expectedRejects.map((r: { file: string; line: number }) => [r.file, r.line]),
    );
  });

  it('keeps every file and its row counts in ingest_files', async () => {
    const files = await db.all<{ path: string; rows_read: bigint }>("select path, rows_read from ingest_files where status = 'loaded' order by path");
    const expected = truth.files.map((f: { file: string; rows: number }) => [f.file, f.rows]).sort();
    expect(files.map((f) => [f.path.split('data/sample/')[1], Number(f.rows_read)]).sort()).toEqual(expected);
  });
});
