import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKSPACE_ROOT } from '../../pipelines/lib/workspace.ts';
import { runCli } from '../pipeline/helpers.ts';

describe('listen bench --stage pipeline', () => {
  it('times the whole main job per stage in a fresh process, with peak RSS, seconds per million and a 1% incremental re-run, and keeps the figure', async () => {
    const result = await runCli(['bench', '--stage', 'pipeline', '--rows', '2000', '--runs', '1']);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^whole main job, 2,000 mentions \(every stage, reports and digest\)\s+\d+\.\d+ s$/);
    for (const stage of ['ingest', 'staging', 'sentiment', 'topics', 'noise', 'marts', 'influence', 'trends', 'root-causes', 'checks', 'reports']) {
      expect(lines.some((line) => new RegExp(`^  ${stage} \\(peak RSS so far \\d+ MB\\)\\s+\\d+\\.\\d+ s$`).test(line)), stage).toBe(true);
      expect(lines.some((line) => new RegExp(`^  ${stage}\\s+\\d+\\.\\d+ s$`).test(line)), `${stage} in the incremental run`).toBe(true);
    }
    expect(lines.some((line) => /^re-run after 1% new mentions \(every stage, reports and digest\)\s+\d+\.\d+ s$/.test(line))).toBe(true);
    expect(lines.some((line) => /^re-run after 1% new mentions, as a share of the whole job\s+[\d.]+ %/.test(line))).toBe(true);
    // The increment is new mentions (new ids), 1% of the file's rows.
    const increment = readFileSync(join(WORKSPACE_ROOT, 'data', 'bench', 'rows-2000', 'increment', 'mentions.csv'), 'utf8').trim().split('\n');
    expect(increment[0]).toMatch(/^id,/);
    expect(increment.filter((line) => line.startsWith('new-')).length).toBe(20);
    expect(lines.some((line) => /^peak RSS, whole main job\s+[\d,.]+ MB$/.test(line))).toBe(true);
    const record = join(WORKSPACE_ROOT, 'data', 'bench', 'pipeline-2000.json');
    expect(existsSync(record)).toBe(true);
    expect(JSON.parse(readFileSync(record, 'utf8'))).toMatchObject({ rows: 2000 });
  });
});
