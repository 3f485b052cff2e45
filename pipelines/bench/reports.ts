import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCount, type Logger } from '../lib/log.ts';
import { WORKSPACE_ROOT } from '../lib/workspace.ts';
import { runPipeline } from '../run-pipeline.ts';
import { benchFile, median, type Figure } from './measure.ts';

const CLI = fileURLToPath(new URL('../../bin/listen.js', import.meta.url));

/** The generated CSV of `rows` mentions through the whole main job, kept under data/bench/reports/ for later runs. */
async function fullWarehouse(rows: number, log: Logger): Promise<string> {
  const inbox = dirname(benchFile(rows, log));
  const warehouse = join(WORKSPACE_ROOT, 'data', 'bench', 'reports', `rows-${rows}.duckdb`);
  mkdirSync(join(WORKSPACE_ROOT, 'data', 'bench', 'reports'), { recursive: true });
  log.info(`Running the main job on ${formatCount(rows)} mentions (stages already up to date are skipped)…`);
  await runPipeline({ inbox: [inbox], warehouse, quiet: true });
  return warehouse;
}

/** `listen report` as a user runs it: a fresh process, every declaration to SVG and PNG, and the digest. */
function reportOnce(warehouse: string, out: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, 'report', '--warehouse', warehouse, '--out', out, '--quiet'], (error, _stdout, stderr) => {
      if (error) reject(new Error(`listen report failed on the bench warehouse: ${stderr || error.message}`));
      else resolve((performance.now() - started) / 1000);
    });
  });
}

export async function benchReports(opts: { rows: number; log: Logger; runs?: number }): Promise<Figure[]> {
  const warehouse = await fullWarehouse(opts.rows, opts.log);
  const out = join(WORKSPACE_ROOT, 'data', 'bench', 'reports', 'out');
  const seconds: number[] = [];
  for (let run = 1; run <= (opts.runs ?? 3); run++) {
    seconds.push(await reportOnce(warehouse, out));
    opts.log.info(`  run ${run}: listen report ${seconds.at(-1)!.toFixed(2)} s`);
  }
  rmSync(out, { recursive: true, force: true });
  const target = opts.rows === 1_000_000 ? '≤ 30 s' : undefined;
  return [{ name: `listen report: every report (SVG, PNG) and the digest, ${formatCount(opts.rows)} mentions`, value: Math.round(median(seconds) * 100) / 100, unit: 's', target }];
}
