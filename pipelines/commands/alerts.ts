import type { Command } from 'commander';
import { CliError } from '../lib/errors.ts';

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--limit takes a whole number of alerts, such as 20; got ${value}.`, 2);
  return n;
};

export function register(program: Command): void {
  program
    .command('alerts')
    .description('Print the latest spike alerts with what drove them (from fct_alerts).')
    .option('--since <date>', 'only alerts on or after this day (YYYY-MM-DD)')
    .option('--brand <id>', 'only alerts of this brand or topic id (as in mention_topics)')
    .option('--limit <n>', 'alerts to print', positiveInt, 20)
    .option('--warehouse <path>', 'DuckDB file to read (default: warehouse of listening.config.ts)')
    .action(async (opts: { since?: string; brand?: string; limit: number; warehouse?: string }) => {
      const { printAlerts } = await import('../trends/print-alerts.ts');
      await printAlerts(opts);
    });
}
