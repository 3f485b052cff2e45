import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateInZone } from '../../pipelines/schedule/step-args.ts';
import { runCli } from '../pipeline/helpers.ts';
import { readRecords, scheduleWorkspace, waitFor } from './workspace.ts';

const sample = (out: string) => ({ run: 'listen', args: ['sample', '--rows', '100', '--seed', '1', '--formats', 'generic-csv', '--out', out] });
const schedules = [
  {
    name: 'nightly',
    cron: '0 3 * * *',
    timeZone: 'UTC',
    steps: [{ run: 'pipeline' }, { run: 'listen', args: ['sql', 'select count(*) as n from fct_mentions', '--format', 'csv', '--out', 'exports/count-{date}.csv'] }],
  },
  { name: 'quick', cron: '0 4 * * *', timeZone: 'UTC', steps: [sample('out/{run}')] },
  { name: 'broken', cron: '0 5 * * *', timeZone: 'UTC', steps: [{ run: 'pipeline' }, sample('out/never')] },
];

describe('listen schedule run', () => {
  const root = scheduleWorkspace('schedule-run', { schedules }, 20);
  const env = { LISTEN_ROOT: root };
  const lock = join(root, 'data', 'schedule', 'run.lock');

  it('runs the steps in order and logs them; a second run meanwhile is skipped, one with --wait starts after', async () => {
    const first = runCli(['schedule', 'run', 'nightly'], env);
    await waitFor('the first run to take the lock', () => existsSync(lock));
    const [skipped, waited] = await Promise.all([runCli(['schedule', 'run', 'nightly'], env), runCli(['schedule', 'run', 'quick', '--wait', '120'], env)]);
    const done = await first;
    expect(done.code, done.stderr).toBe(0);
    expect(skipped.code).toBe(3);
    expect(waited.code, waited.stderr).toBe(0);

    const records = readRecords(root);
    const a = records.find((r) => r.schedule === 'nightly' && r.status === 'succeeded')!;
    const b = records.find((r) => r.status === 'skipped')!;
    const c = records.find((r) => r.schedule === 'quick')!;
    const date = dateInZone(new Date(a.startedAt), 'UTC');
    expect(a).toMatchObject({ trigger: 'manual', exitCode: 0, outputs: [`exports/count-${date}.csv`] });
    expect(a.steps.map((s) => [s.status, s.command, s.exitCode])).toEqual([
      ['succeeded', 'listen run', 0],
      ['succeeded', `listen sql 'select count(*) as n from fct_mentions' --format csv --out exports/count-${date}.csv`, 0],
    ]);
    expect(readFileSync(join(root, 'exports', `count-${date}.csv`), 'utf8')).toBe('n\n20\n');
    expect(readFileSync(join(root, a.steps[0].stderrLog!), 'utf8')).toMatch(/1 file\(s\) loaded, 0 unchanged, 0 refused; 20 mentions loaded/);
    expect(done.stderr).toMatch(new RegExp(`nightly: run ${a.runId} succeeded in [\\d.]+ s; outputs: exports/count-${date}.csv`));

    // The skipped run started while the first held the lock, and says so.
    expect(b).toMatchObject({ schedule: 'nightly', exitCode: 3, steps: [{ status: 'not run' }, { status: 'not run' }] });
    expect(b.reason).toBe(`run ${a.runId} of schedule "nightly" (pid ${a.pid}, started ${a.startedAt}) is still running; two runs never overlap`);
    expect(Date.parse(b.startedAt)).toBeGreaterThanOrEqual(Date.parse(a.startedAt));
    expect(Date.parse(b.startedAt)).toBeLessThanOrEqual(Date.parse(a.finishedAt));
    // The waiting run began only after the first ended.
    expect(c.status).toBe('succeeded');
    expect(Date.parse(c.startedAt)).toBeGreaterThanOrEqual(Date.parse(a.finishedAt));
    expect(c.waitedMs).toBeGreaterThan(0);
    expect(c.outputs).toEqual([`out/${c.runId}`]);
    expect(existsSync(join(root, 'out', c.runId, 'generic', 'mentions.csv'))).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('stops at a failing step: later steps do not run, the reason is recorded, the exit is non-zero, earlier outputs stay', async () => {
    writeFileSync(join(root, 'data', 'broken.duckdb'), 'not a database\n');
    const result = await runCli(['schedule', 'run', 'broken'], { ...env, LISTEN_WAREHOUSE: 'data/broken.duckdb' });
    expect(result.code).toBe(1);
    const record = readRecords(root).at(-1)!;
    expect(record).toMatchObject({ schedule: 'broken', status: 'failed', exitCode: 1, failedStep: 1 });
    expect(record.reason).toMatch(/^step 1 \(pipeline\) exited with code 1: listen: Error: IO Error: The file ".*broken\.duckdb" exists, but it is not a valid DuckDB database file!/);
    expect(record.steps.map((s) => s.status)).toEqual(['failed', 'not run']);
    expect(existsSync(join(root, 'out', 'never'))).toBe(false);
    expect(result.stderr).toContain(`broken: run ${record.runId} failed in`);
    expect(readdirSync(join(root, 'exports'))).toHaveLength(1);

    const log = await runCli(['schedule', 'log', '--limit', '1'], env);
    expect(log.stdout.split('\n').slice(0, 4)).toEqual([
      `${record.startedAt}  broken  failed (exit 1)  ${(record.durationMs / 1000).toFixed(1)} s  manual  ${record.runId}`,
      `  1. failed    ${`${(record.steps[0].durationMs! / 1000).toFixed(1)} s`.padStart(8)}  listen run`,
      '  2. not run          -  listen sample --rows 100 --seed 1 --formats generic-csv --out out/never',
      `  reason: ${record.reason!.split('\n')[0]}`,
    ]);
  });

  it('with --quiet prints nothing on success; a run left by a killed process is recorded as interrupted', async () => {
    const dead = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString());
    mkdirSync(join(root, 'data', 'schedule'), { recursive: true });
    const startedAt = new Date(Date.now() - 60_000).toISOString();
    writeFileSync(lock, JSON.stringify({ pid: dead, host: (await import('node:os')).hostname(), runId: 'R-dead', schedule: 'nightly', trigger: 'cron', startedAt }));
    const result = await runCli(['schedule', 'run', 'quick', '--quiet', '--trigger', 'cron'], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const [stale, quick] = readRecords(root).slice(-2);
    expect(stale).toMatchObject({ runId: 'R-dead', schedule: 'nightly', trigger: 'cron', status: 'interrupted', startedAt });
    expect(stale.reason).toBe(`run R-dead of schedule "nightly" ended without a record: its process ${dead} is gone (killed or crashed)`);
    expect(quick).toMatchObject({ schedule: 'quick', trigger: 'cron', status: 'succeeded' });
  });

  it('names the schedules when asked for one that does not exist', async () => {
    const result = await runCli(['schedule', 'run', 'weekly'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('listen: There is no schedule "weekly" in listening.config.ts. Schedules: nightly, quick, broken.\n');
  });
});

