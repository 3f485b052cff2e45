import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generated } from './fixture.ts';

function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

describe('listen sample determinism', () => {
  it('writes byte-identical files for the same arguments and different ones for another seed', async () => {
    const a = snapshot((await generated({ rows: 1500, seed: 42 })).dir);
    const b = snapshot((await generated({ rows: 1500, seed: 42 })).dir);
    const c = snapshot((await generated({ rows: 1500, seed: 43 })).dir);
    expect([...a.keys()].sort()).toEqual([
      'brandwatch/mentions-export.csv', 'generic/mentions.csv', 'meltwater/export.csv', 'reddit/comments.ndjson', 'talkwalker/results.csv', 'truth.json', 'x-api/tweets.jsonl',
    ]);
    for (const [file, bytes] of a) expect(bytes.equals(b.get(file)!), file).toBe(true);
    for (const [file, bytes] of a) expect(bytes.equals(c.get(file)!), file).toBe(false);
  });

  it('does not depend on the local time zone', async () => {
    const before = process.env.TZ;
    const pinned = snapshot((await generated({ rows: 300, seed: 5 })).dir);
    process.env.TZ = 'Asia/Kolkata';
    try {
      const other = snapshot((await generated({ rows: 300, seed: 5 })).dir);
      for (const [file, bytes] of pinned) expect(bytes.equals(other.get(file)!), file).toBe(true);
    } finally {
      process.env.TZ = before;
    }
  });
});
