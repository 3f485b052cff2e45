import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pointLatest, pruneRuns, readLatest } from '../../pipelines/reports/write-run.ts';
import { runCli, tempDir } from '../pipeline/helpers.ts';

function outWithRuns(names: string[]): string {
  const out = tempDir('prune');
  for (const name of names) {
    mkdirSync(join(out, name));
    writeFileSync(join(out, name, 'digest.html'), name);
  }
  return out;
}

describe('pruning old report runs', () => {
  it('keeps the newest runs and the one latest points at, and touches nothing else', () => {
    const runs = ['20261101T060000Z', '20261108T060000Z', '20261115T060000Z', '20261115T060000Z-2', '20261122T060000Z'];
    const out = outWithRuns([...runs, 'notebooks', '.20261123T060000Z-99.partial']);
    pointLatest(out, '20261101T060000Z');
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const removed = pruneRuns(out, 2, [readLatest(out)!.runId]);
    expect(removed.sort()).toEqual(['20261108T060000Z', '20261115T060000Z']);
    expect(readdirSync(out).sort()).toEqual(
      ['.20261123T060000Z-99.partial', '20261101T060000Z', '20261115T060000Z-2', '20261122T060000Z', 'latest', 'latest.json', 'notebooks', 'notes.txt'],
    );
    expect(existsSync(join(out, 'latest', 'digest.html'))).toBe(true);
  });

  it('refuses a --keep that is not a whole number of runs, 1 or more', async () => {
    const result = await runCli(['report', '--keep', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('a whole number of runs, 1 or more');
  });
});
