import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb, type Params } from '../../pipelines/lib/db.ts';
import { PIPELINE } from '../../pipelines/pipeline.ts';
import { runPipeline, type PipelineCliOptions } from '../../pipelines/run-pipeline.ts';

/** The real pipeline up to the marts and checks; enrichment (sentiment scoring on worker threads) is not what these tests prove. */
export const INGEST_STAGES = PIPELINE.filter((stage) => stage.name !== 'sentiment');

export const FIXTURES = fileURLToPath(new URL('../fixtures/exports/', import.meta.url));

/** A throwaway workspace: its own root (LISTEN_ROOT), inbox and warehouse, so lineage paths read `inbox/<file>`. */
export interface TempWorkspace {
  root: string;
  inbox: string;
  warehouse: string;
  /** Copies fixtures from test/fixtures/exports into the inbox (optionally under another name). */
  addFixture(name: string, as?: string): string;
  write(name: string, content: string | Buffer): string;
  /** Runs the real pipeline; returns what it wrote to stderr (warnings and the summary line). */
  run(options?: Partial<PipelineCliOptions>): Promise<string>;
  query<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T[]>;
  cleanup(): void;
}

export function tempWorkspace(prefix: string): TempWorkspace {
  const root = mkdtempSync(join(tmpdir(), `listen-${prefix}-`));
  const inbox = join(root, 'inbox');
  mkdirSync(inbox, { recursive: true });
  const warehouse = join(root, 'warehouse.duckdb');
  const previousRoot = process.env.LISTEN_ROOT;
  const ws: TempWorkspace = {
    root,
    inbox,
    warehouse,
    addFixture(name, as = name) {
      const target = join(inbox, as);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(FIXTURES, name), target);
      return target;
    },
    write(name, content) {
      const target = join(inbox, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
      return target;
    },
    async run(options = {}) {
      process.env.LISTEN_ROOT = root;
      const chunks: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((chunk: string | Uint8Array) => (chunks.push(String(chunk)), true)) as typeof process.stderr.write;
      try {
        await runPipeline({ inbox: [inbox], warehouse, quiet: true, stages: INGEST_STAGES, ...options });
      } finally {
        process.stderr.write = write;
        if (previousRoot === undefined) delete process.env.LISTEN_ROOT;
        else process.env.LISTEN_ROOT = previousRoot;
      }
      return chunks.join('');
    },
    async query<T>(sql: string, params?: Params) {
      const db = await openDb(warehouse, { readOnly: true });
      try {
        return await db.all<T>(sql, params);
      } finally {
        db.close();
      }
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  return ws;
}

/** UTC instant as the ISO string DuckDB TIMESTAMPTZ values compare to (`Date` from getRowObjectsJS). */
export const iso = (value: unknown): string | null => (value instanceof Date ? value.toISOString() : value == null ? null : String(value));

/** UTF-16 LE with BOM, as Meltwater writes its "CSV". */
export const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

/** Rows of a table keyed by a column, for exact per-row assertions. */
export function byKey<T extends Record<string, unknown>>(rows: T[], key: keyof T): Record<string, T> {
  return Object.fromEntries(rows.map((r) => [String(r[key]), r]));
}

const CHECKS = fileURLToPath(new URL('../../queries/checks/', import.meta.url));

/** Rows a check in queries/checks returns on the workspace's warehouse (none = the invariant holds). */
export async function checkViolations(ws: TempWorkspace, check: string): Promise<unknown[]> {
  const sql = readFileSync(join(CHECKS, `${check}.sql`), 'utf8').trim().replace(/;\s*$/, '');
  return ws.query(`select * from (${sql})`);
}

/** BigInt-free copy of rows, for toEqual against plain literals. */
export const plain = <T>(rows: T): T =>
  JSON.parse(JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString() : v)));
