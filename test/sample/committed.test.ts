import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generated } from './fixture.ts';

const COMMITTED = join(import.meta.dirname, '../../data/sample');
const FILES = ['generic/mentions.csv', 'brandwatch/mentions-export.csv', 'talkwalker/results.csv', 'meltwater/export.csv', 'x-api/tweets.jsonl', 'reddit/comments.ndjson', 'truth.json'];

describe('the committed sample in data/sample', () => {
  it('is exactly what `listen sample` writes with its defaults, and stays under 2 MB', async () => {
    const { dir } = await generated();
    let total = 0;
    for (const file of FILES) {
      const committed = readFileSync(join(COMMITTED, file));
      total += committed.length;
      expect(committed.equals(readFileSync(join(dir, file))), `${file} is stale: run \`listen sample\` and commit data/sample`).toBe(true);
    }
    expect(total).toBeLessThan(2_000_000);
  });
});
