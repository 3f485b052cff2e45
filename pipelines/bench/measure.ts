import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatCount, type Logger } from '../lib/log.ts';
import { WORKSPACE_ROOT } from '../lib/workspace.ts';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

const CLI = fileURLToPath(new URL('../../bin/listen.js', import.meta.url));

/** Runs `listen bench --child …` in a fresh process, so each measurement has its own peak RSS. */
export function runChild(args: string[]): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, 'bench', '--child', ...args], { maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`bench child ${args.join(' ')} failed: ${stderr || error.message}`));
      const last = stdout.trim().split('\n').pop() ?? '{}';
      resolve(JSON.parse(last) as Record<string, number>);
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

/** The generated generic CSV of `rows` tweet-length mentions (seed 7), made once and kept under data/bench/rows-N/. */
export function benchFile(rows: number, log: Logger, root = WORKSPACE_ROOT): string {
  const dir = join(root, 'data', 'bench', `rows-${rows}`);
  const file = join(dir, 'generic', 'mentions.csv');
  if (!existsSync(file)) {
    log.info(`Generating ${formatCount(rows)} mentions into ${dir} (kept for later runs)…`);
    execFileSync(process.execPath, [CLI, 'sample', '--rows', String(rows), '--seed', '7', '--formats', 'generic-csv', '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return file;
}
