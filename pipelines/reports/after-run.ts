import { relative } from 'node:path';
import { CliError } from '../lib/errors.ts';
import type { Logger } from '../lib/log.ts';
import { declarationNames } from './declaration.ts';
import { runReports } from './run-reports.ts';

/**
 * The end of `listen run`: the reports and the digest from the warehouse the run just checked. When
 * rendering fails, the warehouse is still good and reports/out/latest keeps the last good run.
 */
export async function reportsAfterRun(root: string, log: Logger): Promise<void> {
  if (!declarationNames(root).length) return;
  try {
    const result = await runReports({}, log);
    process.stderr.write(`Digest: ${relative(process.cwd(), result.digest) || result.digest}\n`);
  } catch (error) {
    const message = (error as Error).message;
    throw new CliError(
      `The run finished and the warehouse is up to date, but the reports could not be rendered: ${message}\n` +
        'reports/out/latest still points at the last good run. Fix the cause and run: listen report',
      error instanceof CliError && error.exitCode === 3 ? 3 : 1,
      { cause: error },
    );
  }
}
