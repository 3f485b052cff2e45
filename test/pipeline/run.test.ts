import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../pipelines/lib/db.ts';
import { findModel } from '../../pipelines/lib/queries.ts';
import { PIPELINE } from '../../pipelines/pipeline.ts';
import { makeInbox, runCli, tempDir } from './helpers.ts';

describe('listen run', () => {
  it('loads an inbox and ends with one summary line', async () => {
    const inbox = makeInbox(2, 100);
    const warehouse = join(tempDir('run'), 'w.duckdb');
    const first = await runCli(['run', '--inbox', inbox, '--warehouse', warehouse, '--quiet']);
    expect(first.code).toBe(0);
    expect(first.stderr.trim().split('\n').at(-1)).toMatch(
      /^2 file\(s\) loaded, 0 unchanged, 0 refused; 196 mentions loaded, 4 rows rejected, 0 duplicate deliveries merged; [\d.]+ s$/,
    );
    const again = await runCli(['run', '--inbox', inbox, '--warehouse', warehouse, '--quiet']);
    expect(again.stderr).toMatch(/0 file\(s\) loaded, 2 unchanged, 0 refused; 0 mentions loaded/);

    const db = await openDb(warehouse, { readOnly: true });
    const runs = await db.all<{ stage: string; status: string }>('select stage, status from pipeline_runs order by started_at, stage');
    const names = PIPELINE.map((stage) => stage.name);
    expect(runs.map((r) => `${r.stage}:${r.status}`)).toEqual([
      ...names.map((name) => `${name}:succeeded`),
      ...names.map((name) => `${name}:${name === 'ingest' ? 'succeeded' : 'skipped'}`),
    ]);
    const rejects = await db.all<{ source_line: bigint; reason: string }>('select source_line, reason from ingest_rejects order by source_file, source_line');
    expect(rejects[0]).toEqual({
      source_line: 51n,
      reason: "created_at 'not a date' is not a recognized timestamp (ISO 8601, epoch seconds or milliseconds, or a vendor date form)",
    });
    db.close();
  });

  it('prints a query result as a table, CSV or JSON with listen sql', async () => {
    const inbox = makeInbox(1, 10);
    const warehouse = join(tempDir('sql'), 'w.duckdb');
    await runCli(['run', '--inbox', inbox, '--warehouse', warehouse, '--quiet']);
    const csv = await runCli(['sql', 'select mention_id, likes from fct_mentions order by likes desc limit 2', '--format', 'csv', '--warehouse', warehouse]);
    expect(csv.stdout).toBe('mention_id,likes\nx:9,9\nx:8,8\n');
    const param = await runCli(['sql', "select getvariable('brand') as brand", '--param', 'brand=Acme; drop table x', '--format', 'json', '--warehouse', warehouse]);
    expect(JSON.parse(param.stdout)).toEqual([{ brand: 'Acme; drop table x' }]);
    expect(findModel('marts/fct_mentions')?.name).toBe('fct_mentions');
  });
});
