import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../pipelines/lib/db.ts';
import { messages } from '../../pipelines/lib/messages.ts';
import { CLI, makeInbox, runCli, tempDir } from './helpers.ts';

/** What a warehouse holds, without the run bookkeeping (batch ids, load times) that differs between runs. */
async function snapshot(warehouse: string) {
  const db = await openDb(warehouse, { readOnly: true });
  const mentions = await db.all(
    `select mention_id, created_at, body, likes, source_file, source_line, sentiment_label, sentiment_score
     from fct_mentions order by mention_id`,
  );
  const rejects = await db.all('select source_file, source_line, reason from ingest_rejects order by all');
  const files = await db.all("select path, status, rows_read, rows_loaded, rows_rejected from ingest_files where status <> 'replaced' order by path");
  db.close();
  return { mentions, rejects, files };
}

function runAndKill(args: string[], afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
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

  it('ends with the same warehouse after being killed (SIGKILL) at random points and restarted', { timeout: 240_000 }, async () => {
    const inbox = makeInbox(6, 20_000);
    const reference = join(tempDir('ref'), 'w.duckdb');
    expect((await runCli(['run', '--inbox', inbox, '--warehouse', reference, '--quiet'])).code).toBe(0);
    const expected = await snapshot(reference);
    expect(expected.mentions).toHaveLength(6 * 20_000 - 6 * 400);

    const warehouse = join(tempDir('killed'), 'w.duckdb');
    let seed = 7;
    const next = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let kill = 0; kill < 5; kill++) await runAndKill(['run', '--inbox', inbox, '--warehouse', warehouse, '--quiet'], 700 + next() * 3500);
    const finished = await runCli(['run', '--inbox', inbox, '--warehouse', warehouse, '--quiet']);
    expect(finished.code, finished.stderr).toBe(0);
    expect(await snapshot(warehouse)).toEqual(expected);
  });
});
