import { join } from 'node:path';
import { openDb } from '../../pipelines/lib/db.ts';
import { tempDir } from '../pipeline/helpers.ts';

/** A small warehouse with the columns the library tests read, including hostile mention texts. */
export async function fixtureWarehouse(): Promise<string> {
  const path = join(tempDir('notebook-lib'), 'w.duckdb');
  const db = await openDb(path);
  await db.run(`
    create table fct_mentions as
    select * from (values
      ('x:1', 'x', timestamptz '2026-09-01 10:00:00+00', date '2026-09-01', 'Rushbee was late <script>alert(1)</script>', 12::bigint, ['#late'], 0.5::double, true),
      ('x:2', 'x', timestamptz '2026-09-02 11:30:00+00', date '2026-09-02', 'Pakkit & "friends" are fine', 3::bigint, [], -0.25::double, false),
      ('reddit:t1_a', 'reddit', timestamptz '2026-09-02 23:59:00+00', date '2026-09-02', null, null, ['#a', '#b'], null, null)
    ) as t(mention_id, platform, created_at, created_date, body, likes, hashtags, sentiment_score, is_reply)
  `);
  db.close();
  return path;
}
