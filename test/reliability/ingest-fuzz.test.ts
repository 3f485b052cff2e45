import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAW_TABLES } from '../../pipelines/formats/registry.ts';
import { ingestInbox } from '../../pipelines/ingest/ingest-inbox.ts';
import { ident, openDb, type Db } from '../../pipelines/lib/db.ts';
import { memoryLogger } from '../../pipelines/lib/log.ts';
import { runStages } from '../../pipelines/runner.ts';
import { stagingStage } from '../../pipelines/stages/staging.ts';
import { tempDir } from '../pipeline/helpers.ts';
import { caseArb, damage, expectedCount, expectedInstant, linesAreRecords, render, type FuzzCase } from './fuzz-exports.ts';

const SEED = Number(process.env.LISTEN_FUZZ_SEED ?? 424242);
const RUNS = Number(process.env.LISTEN_FUZZ_RUNS ?? 100);

interface LoadedRow {
  source_line: bigint;
  native_id: string | null;
  created_text: string | null;
  likes_text: string | null;
  created_at: Date | null;
  likes: bigint | null;
}

let root: string;
let db: Db;
let n = 0;
const tally: Record<string, number> = {};

beforeAll(async () => {
  root = tempDir('fuzz');
  db = await openDb(':memory:');
  await runStages({ db, stages: [stagingStage], log: memoryLogger(), root });
});

afterAll(() => {
  db?.close();
  console.info(`ingest fuzz, seed ${SEED}, ${RUNS} runs: ${JSON.stringify(tally)}`);
});

async function ingestCase(c: FuzzCase) {
  const id = ++n;
  const original = render(c, `c${id}x`);
  const bytes = damage(original, c.mutation);
  const dir = join(root, 'inbox', `case-${id}`);
  mkdirSync(dir, { recursive: true });
  const name = c.shape === 'ndjson' ? 'export.ndjson' : 'export.csv';
  writeFileSync(join(dir, name), bytes);
  const { outcomes } = await ingestInbox(db, { root, inbox: dir, mappings: [], batchId: `fuzz-${id}`, now: new Date() }, memoryLogger());
  return { original, bytes, outcomes };
}

/** The properties every damaged export must keep. */
async function check(c: FuzzCase): Promise<void> {
  // 1. No crash: a damaged file is loaded with rejects or refused with a message, never an exception.
  const { original, bytes, outcomes } = await ingestCase(c);
  if (bytes.length === 0) return void expect(outcomes.length).toBeLessThanOrEqual(1);
  expect(outcomes).toHaveLength(1);
  const [outcome] = outcomes;
  const file = (await db.one<{ file_id: string; status: string; rows_read: bigint; rows_loaded: bigint; rows_rejected: bigint; message: string | null }>(
    "select * from ingest_files where path = $path and status <> 'replaced'",
    { path: `inbox/case-${n}/${c.shape === 'ndjson' ? 'export.ndjson' : 'export.csv'}` },
  ))!;
  const raw = RAW_TABLES.map((t) => `select * from ${ident(t)}`).join(' union all by name ');
  const loaded = await db.all<LoadedRow>(
    `select raw.source_line, raw.native_id, raw.created_at as created_text, raw.likes as likes_text, typed.created_at, typed.likes
     from (${raw}) as raw
     left join stg_raw_rows as typed on typed.file_id = raw.file_id and typed.source_line = raw.source_line
     where raw.file_id = $file_id order by raw.source_line`,
    { file_id: file.file_id },
  );
  const rejected = Number((await db.one<{ n: bigint }>('select count(*) as n from ingest_rejects where file_id = $file_id', { file_id: file.file_id }))!.n);
  tally[`${c.mutation.kind}:${outcome.status}`] = (tally[`${c.mutation.kind}:${outcome.status}`] ?? 0) + 1;

  if (outcome.status === 'refused') {
    expect(file.message).toContain(`case-${n}`);
    expect(loaded.length + rejected).toBe(0);
    return;
  }
  // 2. Rows conserved: loaded + rejected = read, and the tables hold exactly those rows.
  expect(Number(file.rows_loaded) + Number(file.rows_rejected)).toBe(Number(file.rows_read));
  expect(loaded.length).toBe(Number(file.rows_loaded));
  expect(rejected).toBe(Number(file.rows_rejected));
  // …and rows read = the records an independent reader sees, when every physical line is a record.
  const lines = linesAreRecords(c, original, bytes);
  if (lines) expect(Number(file.rows_read), `lines: ${JSON.stringify(lines.slice(0, 5)).slice(0, 500)}`).toBe(lines.filter((l) => l !== '').length - (c.shape === 'ndjson' ? 0 : 1));

  // 3. No wrong value loaded silently: each typed value is what its raw text says, or the row was rejected.
  for (const row of loaded) {
    const where = `line ${row.source_line}: created_at ${JSON.stringify(row.created_text)}, likes ${JSON.stringify(row.likes_text)}`;
    const instant = expectedInstant(row.created_text);
    expect(instant, where).not.toBe('reject');
    expect(row.created_at?.getTime(), where).toBe(instant);
    const count = expectedCount(row.likes_text);
    expect(count, where).not.toBe('reject');
    expect(row.likes, where).toBe(count);
    if (lines) {
      const line = lines[Number(row.source_line) - 1] ?? '';
      for (const text of [row.created_text, row.likes_text]) if (text) expect(line, where).toContain(text);
    }
  }

  // 4. Undamaged records load with their exact values.
  const m = c.mutation;
  if (m.kind === 'none' || m.kind === 'value' || m.kind === 'huge') {
    const mutated = m.kind === 'none' ? -1 : m.row % c.records.length;
    const byLine = new Map(loaded.map((r) => [Number(r.source_line), r]));
    c.records.forEach((record, i) => {
      if (i === mutated && m.kind === 'value') return;
      const row = byLine.get(i + (c.shape === 'ndjson' ? 1 : 2));
      expect({ line: i, created: row?.created_at?.getTime(), likes: row?.likes }).toEqual({ line: i, created: record.createdAt, likes: BigInt(record.likes) });
    });
  }
}

describe('ingest under damaged exports (fast-check)', () => {
  it('never crashes, conserves rows and never loads a value its text does not say', { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(caseArb, check), { seed: SEED, numRuns: RUNS, endOnFailure: true });
  });
});
