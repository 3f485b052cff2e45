import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../pipelines/lib/db.ts';
import { runCli, tempDir, writeGenericCsv } from './helpers.ts';

/** Rows of `table` in one warehouse and not the other, both ways (when each row was loaded or scored aside). */
async function difference(a: string, b: string, table: string): Promise<number> {
  const db = await openDb(':memory:');
  try {
    await db.run(`attach '${a}' as a (read_only); attach '${b}' as b (read_only)`);
    const columns = { mention_sentiment: '* exclude (scored_at)', mention_topics: '*' }[table] ?? '* exclude (batch_id, ingested_at)';
    const row = await db.one<{ n: bigint }>(
      `select (select count(*) from (select ${columns} from a.${table} except all select ${columns} from b.${table}))
            + (select count(*) from (select ${columns} from b.${table} except all select ${columns} from a.${table})) as n`,
    );
    return Number(row!.n);
  } finally {
    db.close();
  }
}

async function stageRun(warehouse: string, stage: string): Promise<{ status: string; rows: number }> {
  const db = await openDb(warehouse, { readOnly: true });
  try {
    const row = await db.one<{ status: string; rows: bigint }>('select status, rows from pipeline_runs where stage = $stage order by started_at desc limit 1', { stage });
    return { status: row!.status, rows: Number(row!.rows) };
  } finally {
    db.close();
  }
}

describe('a run after new export files arrive', () => {
  it('appends only their mentions to stg_mentions, mention_topics and fct_mentions, and ends where a full run on every file ends', { timeout: 180_000 }, async () => {
    const dir = tempDir('incremental');
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    writeGenericCsv(join(inbox, 'a.csv'), 200, 0);
    const warehouse = join(dir, 'incremental.duckdb');
    const run = (target: string, from = inbox) => runCli(['run', '--inbox', from, '--warehouse', target, '--no-reports']);
    expect((await run(warehouse)).code).toBe(0);

    // New posts only: both stages append.
    writeGenericCsv(join(inbox, 'b.csv'), 150, 200);
    const second = await run(warehouse);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/147 new mention\(s\) from 1 new file\(s\) appended to stg_mentions/);
    expect(second.stderr).toMatch(/marts\/fct_mentions: 147 new mention\(s\) appended/);
    expect(second.stderr).toMatch(/Matched \d+ mention-topic pairs for 147 new mention\(s\)/);
    const full = join(dir, 'full.duckdb');
    expect((await run(full)).code).toBe(0);
    for (const table of ['stg_mentions', 'fct_mentions', 'mention_sentiment', 'mention_topics']) {
      expect(await difference(warehouse, full, table), table).toBe(0);
    }

    // Posts delivered again merge with their first delivery: that needs every file, so staging rebuilds and marts follows.
    writeGenericCsv(join(inbox, 'c.csv'), 10, 0);
    const third = await run(warehouse);
    expect(third.code, third.stderr).toBe(0);
    expect(third.stderr).toMatch(/delivered again: rebuilding stg_mentions/);
    expect(third.stderr).not.toMatch(/fct_mentions: \d+ new mention/);
    expect(third.stderr).not.toMatch(/new mention\(s\) over/);
    const fullAgain = join(dir, 'full-again.duckdb');
    expect((await run(fullAgain)).code).toBe(0);
    for (const table of ['stg_mentions', 'fct_mentions', 'mention_topics']) expect(await difference(warehouse, fullAgain, table), table).toBe(0);
    expect((await stageRun(warehouse, 'staging')).rows).toBe(343);

    // After the rebuild, new posts append again.
    writeGenericCsv(join(inbox, 'd.csv'), 50, 1000);
    const fourth = await run(warehouse);
    expect(fourth.stderr).toMatch(/49 new mention\(s\) from 1 new file\(s\) appended to stg_mentions/);
    expect(fourth.stderr).toMatch(/fct_mentions: 49 new mention\(s\) appended/);
    expect(fourth.stderr).toMatch(/for 49 new mention\(s\) over/);
    const fullLast = join(dir, 'full-last.duckdb');
    expect((await run(fullLast)).code).toBe(0);
    for (const table of ['stg_mentions', 'fct_mentions', 'mention_topics']) expect(await difference(warehouse, fullLast, table), table).toBe(0);
  });
});
