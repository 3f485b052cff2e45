import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { literal, ident, openDb, type Db } from '../../pipelines/lib/db.ts';
import type { LakeManifest } from '../../pipelines/lake/export-lake.ts';
import { lakeMessages } from '../../pipelines/lake/messages.ts';
import { LAKE_TABLES } from '../../pipelines/lake/tables.ts';
import { runCli, tempDir } from '../pipeline/helpers.ts';
import { sampleWarehouseFile } from '../trends/sample-warehouse.ts';

/** The casts docs/lake.md documents; every other type goes into the lake unchanged. */
const lakeType = (type: string) => ({ HUGEINT: 'DECIMAL(38,0)', JSON: 'VARCHAR' })[type] ?? type;

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let warehouse: string;
let db: Db;

beforeAll(async () => {
  warehouse = sampleWarehouseFile('lake-wh');
}, 180_000);

afterAll(() => db?.close());

async function exportLake(out: string, ...args: string[]) {
  return runCli(['export', 'lake', '--out', out, '--warehouse', warehouse, ...args]);
}

describe('listen export lake', () => {
  it('writes every mart as Parquet that reads back row for row, mentions partitioned by platform and UTC month', async () => {
    const before = sha256(warehouse);
    const out = join(tempDir('lake'), 'lake');
    const result = await exportLake(out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Exported 19 table\(s\) \(3,000 mentions\)/);
    // Read-only on the warehouse, and nothing left beside the lake but the lake.
    expect(sha256(warehouse)).toBe(before);
    expect(existsSync(`${warehouse}.wal`)).toBe(false);
    expect(readdirSync(dirname(out))).toEqual(['lake']);

    const manifest = JSON.parse(readFileSync(join(out, '_manifest.json'), 'utf8')) as LakeManifest;
    expect(Object.keys(manifest.tables).sort()).toEqual(LAKE_TABLES.map((t) => t.name).sort());
    db = await openDb(warehouse, { readOnly: true });
    for (const table of LAKE_TABLES) {
      const entry = manifest.tables[table.name];
      const partitioned = Boolean(table.monthFrom);
      const lake = `read_parquet(${literal(join(out, table.name, '**', '*.parquet'))}, hive_partitioning = ${partitioned})`;
      const columns = await db.all<{ name: string; type: string }>(
        "select column_name as name, data_type as type from duckdb_columns() where table_name = $table order by column_index",
        { table: table.name },
      );
      // Types: the same, or the documented cast (HUGEINT → DECIMAL(38,0), JSON → VARCHAR).
      const lakeTypes = new Map(
        (await db.all<{ column_name: string; column_type: string }>(`describe select * from ${lake}`)).map((c) => [c.column_name, c.column_type]),
      );
      for (const column of columns) expect(`${table.name}.${column.name} ${lakeTypes.get(column.name)}`).toBe(`${table.name}.${column.name} ${lakeType(column.type)}`);
      expect([...lakeTypes.keys()].sort()).toEqual([...columns.map((c) => c.name), ...(partitioned ? ['month'] : [])].sort());

      const list = columns.map((c) => ident(c.name)).join(', ');
      const source = `select ${columns.map((c) => `cast(${ident(c.name)} as ${lakeType(c.type)})`).join(', ')} from ${ident(table.name)}`;
      const copy = `select ${list} from ${lake}`;
      const counts = (await db.one<{ rows: bigint; missing: bigint; extra: bigint }>(
        `select (select count(*) from ${ident(table.name)}) as rows,
                (select count(*) from (${source} except all ${copy})) as missing,
                (select count(*) from (${copy} except all ${source})) as extra`,
      ))!;
      expect({ table: table.name, rows: Number(counts.rows), missing: Number(counts.missing), extra: Number(counts.extra) }).toEqual({
        table: table.name,
        rows: entry.rows,
        missing: 0,
        extra: 0,
      });
      if (partitioned) {
        const misplaced = await db.one<{ n: bigint; dirs: bigint }>(
          `select count(*) filter (where month is distinct from strftime(timezone('UTC', ${ident(table.monthFrom!)}), '%Y-%m')
                                    or not contains(filename, 'platform=' || platform || '/month=' || month || '/')) as n,
                  count(distinct platform || month) as dirs
           from read_parquet(${literal(join(out, table.name, '**', '*.parquet'))}, hive_partitioning = true, filename = true)`,
        );
        expect(Number(misplaced!.n), table.name).toBe(0);
        expect(Number(misplaced!.dirs)).toBe(entry.files);
        expect(entry.partitionedBy).toEqual(['platform', 'month']);
      }
    }
    expect(manifest.tables.fct_mentions.rows).toBe(3000);
    expect(manifest.tables.fct_mentions.files).toBeGreaterThan(5);
    expect(manifest.tables.fct_mentions_daily.columns.find((c) => c.name === 'reach')).toEqual({ name: 'reach', type: 'DECIMAL(38,0)', warehouseType: 'HUGEINT' });
  }, 120_000);

  it('replaces an earlier lake, exports a chosen subset, and refuses unknown tables and folders it did not write', async () => {
    const out = join(tempDir('lake2'), 'lake');
    expect((await exportLake(out)).code).toBe(0);
    const subset = await exportLake(out, '--tables', 'fct_mentions,dim_topics');
    expect(subset.code, subset.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['_manifest.json', 'dim_topics', 'fct_mentions']);
    expect(readdirSync(dirname(out))).toEqual(['lake']);

    const unknown = await exportLake(out, '--tables', 'fct_mentions,raw_generic');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(lakeMessages.unknownTables(['raw_generic'], LAKE_TABLES.map((t) => t.name)));

    const foreign = join(tempDir('lake3'), 'mine');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'keep me');
    const refused = await exportLake(foreign);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(lakeMessages.notALake(foreign));
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
    expect(readdirSync(dirname(foreign))).toEqual(['mine']);
  }, 120_000);
});
