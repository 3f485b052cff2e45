import { Command } from 'commander';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { register } from '../../pipelines/commands/sample.ts';
import { CliError } from '../../pipelines/lib/errors.ts';

function program(): Command {
  const p = new Command('listen').exitOverride();
  register(p);
  return p;
}

describe('listen sample command', () => {
  it('documents every option and the files it writes', () => {
    const help = program().commands.find((c) => c.name() === 'sample')!.helpInformation();
    for (const option of ['--rows', '--seed', '--out', '--formats', '--start', '--days']) expect(help).toContain(option);
    expect(program().commands.find((c) => c.name() === 'sample')!.description()).toMatch(/truth\.json/);
  });

  it('writes the chosen formats and a truth file that describes exactly them', async () => {
    const out = mkdtempSync(join(tmpdir(), 'listen-sample-cli-'));
    await program().parseAsync(['node', 'listen', 'sample', '--rows', '400', '--seed', '9', '--formats', 'x-v2,reddit', '--out', out]);
    const truth = JSON.parse(readFileSync(join(out, 'truth.json'), 'utf8'));
    expect(truth.files.map((f: { format: string }) => f.format)).toEqual(['x-v2', 'reddit']);
    expect(truth.totals.uniqueMentions).toBe(400);
    expect(truth.totals.duplicateDeliveries).toBe(0);
  });

  it('refuses an unknown format with a usage error naming the choices', async () => {
    const run = program().parseAsync(['node', 'listen', 'sample', '--formats', 'csv', '--out', mkdtempSync(join(tmpdir(), 'x-'))]);
    await expect(run).rejects.toBeInstanceOf(CliError);
    await expect(run).rejects.toThrow(/Unknown format\(s\) csv\. Choose from generic-csv, brandwatch/);
  });
});
