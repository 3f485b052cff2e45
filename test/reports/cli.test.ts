import { existsSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../pipeline/helpers.ts';
import { reportsRoot } from './helpers.ts';

const NAMES = ['emerging-terms', 'influencers', 'root-causes', 'share-of-voice', 'volume-sentiment'];
const latest = (out: string) => JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as { runId: string; digest: string };

describe('listen report and listen run', () => {
  let root: string;
  let run: { code: number; stdout: string; stderr: string };
  const report = (args: string[]) => runCli(['report', ...args], { LISTEN_ROOT: root });

  beforeAll(async () => {
    root = reportsRoot('reports-cli');
    run = await runCli(['run', '--sample'], { LISTEN_ROOT: root });
  }, 300_000);

  it('listen run --sample renders every report and the digest after its checks and says where the digest is', () => {
    expect(run.code, run.stderr).toBe(0);
    const out = join(root, 'reports', 'out');
    const pointer = latest(out);
    expect(run.stderr).toContain(`Digest: `);
    expect(run.stderr).toContain(pointer.digest);
    const files = readdirSync(join(out, pointer.runId)).sort();
    for (const name of NAMES) expect(files).toEqual(expect.arrayContaining([`${name}.svg`, `${name}.png`, `${name}.vl.json`]));
    expect(files).toEqual(expect.arrayContaining(['digest.html', 'manifest.json']));
    expect(readlinkSync(join(out, 'latest'))).toBe(pointer.runId);
  });

  it('writes a run under --out, prints the digest path on stdout and moves latest', async () => {
    const out = tempDir('reports-out');
    const result = await report(['--out', out, '--brand', 'rushbee', '--since', '2026-10-01', '--until', '2026-10-21']);
    expect(result.code, result.stderr).toBe(0);
    const pointer = latest(out);
    expect(result.stdout.trim()).toBe(join(out, pointer.digest));
    const manifest = JSON.parse(readFileSync(join(out, pointer.runId, 'manifest.json'), 'utf8'));
    expect(manifest.params).toMatchObject({ brand: 'rushbee', since: '2026-10-01', until: '2026-10-21', previous_since: '2026-09-10', previous_until: '2026-09-30' });
    expect(manifest.reports.map((r: { name: string }) => r.name)).toEqual(NAMES);
    expect(readFileSync(join(out, pointer.runId, 'digest.html'), 'utf8')).toContain('Listening digest: Rushbee, 2026-10-01 to 2026-10-21');
  });

  it('a run that fails half-way leaves no partial folder and latest on the last good run', async () => {
    const out = tempDir('reports-atomic');
    const good = await report(['--out', out]);
    expect(good.code, good.stderr).toBe(0);
    const before = latest(out);
    // Named to render last, after the good declarations were written into the run's folder; its query needs bound values it is not given.
    writeFileSync(
      join(root, 'reports', 'zz-broken.vl.json'),
      JSON.stringify({ data: { name: 'rows' }, mark: 'bar', encoding: { x: { field: 'z', type: 'quantitative' } }, usermeta: { queries: { rows: 'trends/latest_alerts' } } }),
    );
    try {
      const failed = await report(['--out', out]);
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain('queries/trends/latest_alerts.sql failed');
      expect(latest(out)).toEqual(before);
      expect(readdirSync(out).sort()).toEqual([before.runId, 'latest', 'latest.json'].sort());
    } finally {
      rmSync(join(root, 'reports', 'zz-broken.vl.json'));
    }
  });

  it('renders one report by name without moving latest', async () => {
    const out = tempDir('reports-one');
    const result = await report(['share-of-voice', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(out, 'latest.json'))).toBe(false);
    const [runId] = readdirSync(out);
    expect(readdirSync(join(out, runId)).filter((f) => f.endsWith('.svg'))).toEqual(['share-of-voice.svg']);
  });

  it('refuses an unknown report name with exit 2 and the list of names', async () => {
    const result = await report(['volume', '--out', tempDir('reports-unknown')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("No report named 'volume'");
    for (const name of NAMES) expect(result.stderr).toContain(name);
  });

  it('refuses a --since that is not a day, an inverted window and an unknown brand with exit 2', async () => {
    const bad = await report(['--since', '2026-13-01']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--since '2026-13-01' is not a day; write it as YYYY-MM-DD");
    const inverted = await report(['--since', '2026-10-20', '--until', '2026-10-01']);
    expect(inverted.code).toBe(2);
    const brand = await report(['--brand', 'acme', '--out', tempDir('reports-brand')]);
    expect(brand.code).toBe(2);
    expect(brand.stderr).toContain('Brands: pakkit, grubzy, rushbee');
  });

  it('listen run --no-reports leaves latest where it was', async () => {
    const out = join(root, 'reports', 'out');
    const before = latest(out);
    const again = await runCli(['run', '--sample', '--no-reports', '--quiet'], { LISTEN_ROOT: root });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('Digest:');
    expect(latest(out)).toEqual(before);
  });
});
