import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bool, DateDay, Float64, Int64, TimestampMillisecond, Utf8 } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, query } from '../../pipelines/notebook.ts';
import { openDb } from '../../pipelines/lib/db.ts';
import { notebookMessages } from '../../pipelines/notebook/messages.ts';
import { tempDir } from '../pipeline/helpers.ts';
import { fixtureWarehouse } from './fixture-warehouse.ts';

let path: string;
const previous = process.env.LISTEN_WAREHOUSE;

beforeAll(async () => {
  path = await fixtureWarehouse();
  process.env.LISTEN_WAREHOUSE = path;
});
afterAll(() => {
  if (previous === undefined) delete process.env.LISTEN_WAREHOUSE;
  else process.env.LISTEN_WAREHOUSE = previous;
});

describe('openWarehouse and query', () => {
  it('reads the warehouse LISTEN_WAREHOUSE names, with parameters bound', async () => {
    const warehouse = await openWarehouse();
    expect(warehouse.path).toBe(path);
    const result = await warehouse.query('select mention_id, likes, created_date from fct_mentions where platform = $platform order by mention_id', { platform: 'x' });
    expect(result.rows).toEqual([
      { mention_id: 'x:1', likes: 12, created_date: '2026-09-01' },
      { mention_id: 'x:2', likes: 3, created_date: '2026-09-02' },
    ]);
    expect(result.columns.map((c) => c.type)).toEqual(['VARCHAR', 'BIGINT', 'DATE']);
  });

  it('binds a value with quotes and SQL in it as data, never as SQL text', async () => {
    const hostile = "x' or '1'='1";
    const result = await query('select count(*) as n from fct_mentions where platform = $platform', { platform: hostile });
    expect(result.rows).toEqual([{ n: 0 }]);
  });

  it('runs a .sql file given relative to the workspace root', async () => {
    const root = tempDir('notebook-root');
    mkdirSync(join(root, 'queries', 'analysis'), { recursive: true });
    writeFileSync(join(root, 'queries', 'analysis', 'by_platform.sql'), 'select platform, count(*) as mentions from fct_mentions where created_at >= $since group by all order by platform;\n');
    process.env.LISTEN_ROOT = root;
    try {
      const result = await query('queries/analysis/by_platform.sql', { since: new Date('2026-09-02T00:00:00Z') });
      expect(result.rows).toEqual([
        { platform: 'reddit', mentions: 1 },
        { platform: 'x', mentions: 1 },
      ]);
      await expect(query('queries/analysis/missing.sql')).rejects.toThrow(/The query file queries\/analysis\/missing\.sql was not found/);
    } finally {
      delete process.env.LISTEN_ROOT;
    }
  });

  it('refuses a parameter the SQL does not use, naming it', async () => {
    await expect(query('select 1 as one', { brand: 'pakkit' })).rejects.toThrow(notebookMessages.unusedParams('SQL', ['brand']));
  });

  it('says "run npm start first" when the warehouse does not exist', async () => {
    const missing = join(tempDir('notebook-missing'), 'nothing.duckdb');
    await expect(openWarehouse({ path: missing })).rejects.toThrow(notebookMessages.noWarehouse(missing));
    expect(notebookMessages.noWarehouse(missing)).toContain('run npm start first');
  });

  it('says a pipeline holds the lock when another process writes to the warehouse', async () => {
    const locked = join(tempDir('notebook-locked'), 'w.duckdb');
    // DuckDB's lock is per process; a writer in a child process holds it while this process tries to read.
    const { spawn } = await import('node:child_process');
    const writer = spawn(process.execPath, ['--import', 'tsx', '-e', `
      const { DuckDBInstance } = await import('@duckdb/node-api');
      const instance = await DuckDBInstance.create(${JSON.stringify(locked)});
      await (await instance.connect()).run('create table t as select 1');
      process.stdout.write('ready\\n');
      setTimeout(() => {}, 30000);
    `], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
      await expect(openWarehouse({ path: locked })).rejects.toThrow(notebookMessages.warehouseLocked(locked));
    } finally {
      writer.kill();
    }
  });

  it('does not hold the file open between queries, so a pipeline run can write', async () => {
    const warehouse = await openWarehouse();
    await warehouse.query('select 1 as one');
    const writer = await openDb(path);
    writer.close();
  });
});

describe('arrow() and frame()', () => {
  it('gives an Arrow table typed from DuckDB, strings as plain Utf8', async () => {
    const result = await query('select mention_id, likes, sentiment_score, is_reply, created_date, created_at, hashtags from fct_mentions order by mention_id');
    const table = result.arrow();
    const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, f.type]));
    expect(types.mention_id).toBeInstanceOf(Utf8);
    expect(types.likes).toBeInstanceOf(Int64);
    expect(types.sentiment_score).toBeInstanceOf(Float64);
    expect(types.is_reply).toBeInstanceOf(Bool);
    expect(types.created_date).toBeInstanceOf(DateDay);
    expect(types.created_at).toBeInstanceOf(TimestampMillisecond);
    expect(table.numRows).toBe(3);
    expect(table.getChild('likes')!.toArray()).toEqual(new BigInt64Array([0n, 12n, 3n]));
    expect(table.getChild('likes')!.get(0)).toBeNull();
    expect(table.getChild('hashtags')!.get(0)).toBe('["#a","#b"]');
    expect(table.getChild('created_at')!.get(1)).toBe(Date.UTC(2026, 8, 1, 10));
  });

  it('gives a danfo DataFrame with the same rows', async () => {
    const result = await query('select platform, sum(likes) as likes from fct_mentions group by all order by platform');
    const frame = await result.frame();
    expect(frame.columns).toEqual(['platform', 'likes']);
    expect(frame.shape).toEqual([2, 2]);
    expect(frame['platform'].values).toEqual(['reddit', 'x']);
    expect(frame['likes'].values).toEqual([null, 15]);
  }, 120_000);
});
