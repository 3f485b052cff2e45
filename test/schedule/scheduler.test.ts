import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../pipeline/helpers.ts';
import { readRecords, scheduleWorkspace, waitFor } from './workspace.ts';

describe('listen schedule (the long-running scheduler)', () => {
  it('fires an every-second schedule repeatedly, never two runs at once, and stops cleanly on SIGTERM after the run in progress', async () => {
    const root = scheduleWorkspace('scheduler', {
      schedules: [
        { name: 'tick', cron: '* * * * * *', timeZone: 'Asia/Kolkata', steps: [{ run: 'listen', args: ['sample', '--rows', '100', '--formats', 'generic-csv', '--out', 'out/{run}'] }] },
        { name: 'never', cron: '0 0 1 1 *', timeZone: 'UTC', steps: [{ run: 'pipeline' }], enabled: false },
      ],
    });
    const child = spawn(process.execPath, [CLI, 'schedule'], { env: { ...process.env, LISTEN_ROOT: root } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    await waitFor('the scheduler to start', () => /tick: .* next .*\n/.test(stderr));
    const startedAt = Date.now();
    expect(stderr).toMatch(/scheduler started \(pid \d+\): 1 schedule\(s\)/);
    expect(stderr).toMatch(/ {2}tick: "\* \* \* \* \* \*" in Asia\/Kolkata, next \w{3} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d Asia\/Kolkata \(\d\d:\d\d:\d\dZ\)/);

    const fires = () => (stderr.match(/tick: run \S+ (started|skipped)/g) ?? []).length;
    await waitFor('two fires', () => fires() >= 2, 20_000);
    const twoFiresMs = Date.now() - startedAt;

    const second = await runCli(['schedule'], { LISTEN_ROOT: root });
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/A scheduler is already running for this workspace \(pid \d+, started /);
    // Stop while a run is in progress: after the next step starts, before it ends.
    const before = stderr.length;
    await waitFor('a run in progress', () => /step 1\/1/.test(stderr.slice(before)), 20_000);
    const inProgress = /tick: run (\S+) started/.exec(stderr.slice(before))?.[1] ?? [...stderr.matchAll(/tick: run (\S+) started/g)].at(-1)![1];
    const stoppedAt = Date.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    expect(stderr).toContain('SIGTERM: no new runs; waiting for 1 run(s) in progress');
    expect(stderr.trim().split('\n').at(-1)).toMatch(/scheduler stopped$/);
    const records = readRecords(root);
    const last = records.find((r) => r.runId === inProgress);
    expect(last, stderr).toMatchObject({ status: 'succeeded', trigger: 'scheduler' });
    expect(existsSync(join(root, 'out', inProgress, 'truth.json'))).toBe(true);
    expect(records.every((r) => Date.parse(r.startedAt) <= stoppedAt)).toBe(true);
    expect(records.filter((r) => r.schedule === 'never')).toEqual([]);
    // Runs that ran never overlap; fires that came during a run were skipped with the reason.
    const ran = records.filter((r) => r.status !== 'skipped').sort((x, y) => Date.parse(x.startedAt) - Date.parse(y.startedAt));
    for (let i = 1; i < ran.length; i++) expect(Date.parse(ran[i].startedAt)).toBeGreaterThanOrEqual(Date.parse(ran[i - 1].finishedAt));
    for (const skipped of records.filter((r) => r.status === 'skipped')) expect(skipped.reason).toMatch(/^run \S+ of schedule "tick" .* is still running; two runs never overlap$/);
    expect(existsSync(join(root, 'data', 'schedule', 'scheduler.lock'))).toBe(false);
    expect(twoFiresMs).toBeLessThan(4_000);
  });
});
