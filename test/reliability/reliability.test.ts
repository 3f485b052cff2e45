import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../pipelines/lib/hash.ts';
import { openDb } from '../../pipelines/lib/db.ts';
import { messages } from '../../pipelines/lib/messages.ts';
import { PIPELINE } from '../../pipelines/pipeline.ts';
import { makeInbox, runCli, tempDir } from '../pipeline/helpers.ts';
import { SAMPLE } from '../trends/sample-warehouse.ts';
import { runAndKill, type KillOutcome, type KillPoint } from './kill.ts';
import { digestWarehouse, tableDifference } from './warehouse-digest.ts';

/** Fails with the tables that differ and a few of their differing rows. */
async function expectSameWarehouse(actual: string, expected: string): Promise<void> {
  const [a, e] = await Promise.all([digestWarehouse(actual), digestWarehouse(expected)]);
  const differing = [...new Set([...Object.keys(a), ...Object.keys(e)])].filter((t) => JSON.stringify(a[t]) !== JSON.stringify(e[t]));
  const details = await Promise.all(differing.map(async (t) => ({ table: t, actual: a[t], expected: e[t], rows: await tableDifference(actual, expected, t) })));
  expect(details, JSON.stringify(details, (_k, v) => (typeof v === 'bigint' ? String(v) : v), 1).slice(0, 4000)).toEqual([]);
  expect(Object.keys(a).length).toBeGreaterThan(30);
}

/** Runs `listen run` to each kill point in turn, then restarts it until it completes. */
async function killAndRestart(args: string[], points: KillPoint[]): Promise<KillOutcome[]> {
  const outcomes: KillOutcome[] = [];
  for (const point of points) outcomes.push(await runAndKill(args, point));
  for (let attempt = 0; ; attempt++) {
    const finished = await runCli([...args, '--quiet']);
    if (finished.code === 0) break;
    if (attempt === 2) throw new Error(`listen run did not complete after the kills: ${finished.stderr}`);
  }
  return outcomes;
}

describe('reliability', () => {
  it('stops a second writer at once with a clear message', async () => {
    const warehouse = join(tempDir('lock'), 'w.duckdb');
    const holder = await openDb(warehouse);
    const second = await runCli(['run', '--inbox', makeInbox(1, 5), '--warehouse', warehouse, '--quiet']);
    holder.close();
    expect(second.code).toBe(3);
    expect(second.stderr).toContain(messages.warehouseLocked(warehouse));
  });

  it('ends with the same warehouse, every table, after SIGKILLs at seeded points across the stages and restarts', { timeout: 300_000 }, async () => {
    const reference = join(tempDir('ref'), 'w.duckdb');
    const uninterrupted = await runCli(['run', '--inbox', SAMPLE, '--warehouse', reference, '--quiet']);
    expect(uninterrupted.code, uninterrupted.stderr).toBe(0);

    const seed = Number(process.env.LISTEN_FAULT_SEED ?? 20261124);
    const random = mulberry32(seed);
    // Six of the stages, in pipeline order, each killed a random 0–1.5 s after it starts (a stage may end first: the kill then lands in a later one).
    const names = PIPELINE.map((s) => s.name);
    const stages = names
      .map((name) => ({ name, key: random() }))
      .sort((a, b) => a.key - b.key)
      .slice(0, 6)
      .sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name))
      .map((s) => s.name);
    const points = stages.map((stage) => ({ stage, delayMs: Math.round(random() * 1500) }));
    const warehouse = join(tempDir('killed'), 'w.duckdb');
    const outcomes = await killAndRestart(['run', '--inbox', SAMPLE, '--warehouse', warehouse], points);
    const killedIn = outcomes.filter((o) => o.killed).map((o) => o.inStage);
    console.info(`seed ${seed}: kill points ${JSON.stringify(points)}; killed in ${JSON.stringify(killedIn)}`);
    expect(new Set(killedIn).size, JSON.stringify(outcomes)).toBeGreaterThanOrEqual(3);

    await expectSameWarehouse(warehouse, reference);
  });

  it('ends with the same warehouse after SIGKILLs at random times while loading large files', { timeout: 240_000 }, async () => {
    const inbox = makeInbox(6, 20_000);
    const reference = join(tempDir('ref'), 'w.duckdb');
    expect((await runCli(['run', '--inbox', inbox, '--warehouse', reference, '--quiet'])).code).toBe(0);

    const random = mulberry32(7);
    const warehouse = join(tempDir('killed'), 'w.duckdb');
    await killAndRestart(['run', '--inbox', inbox, '--warehouse', warehouse], Array.from({ length: 5 }, () => ({ delayMs: 700 + random() * 3500 })));
    await expectSameWarehouse(warehouse, reference);
  });
});
