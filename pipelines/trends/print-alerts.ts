import { CliError } from '../lib/errors.ts';
import { readModels } from '../lib/queries.ts';
import { openWarehouse, openWorkspace } from '../lib/workspace.ts';
import { formatTable } from '../sql/format-table.ts';
import { trendsMessages } from './messages.ts';

const SQL = readModels('trends').find((model) => model.name === 'latest_alerts')!.sql;

/** `listen alerts`: the latest alerts as an aligned table on stdout, a count on stderr. */
export async function printAlerts(opts: { since?: string; brand?: string; limit: number; warehouse?: string }): Promise<void> {
  if (opts.since && !/^\d{4}-\d{2}-\d{2}$/.test(opts.since)) throw new CliError(trendsMessages.badSince(opts.since), 2);
  const workspace = await openWorkspace({ warehouse: opts.warehouse });
  const db = await openWarehouse(workspace.warehouse, { readOnly: true });
  try {
    const rows = await db.all<Record<string, unknown>>(SQL, { since: opts.since ?? null, brand: opts.brand ?? null, limit: opts.limit });
    if (rows.length === 0) {
      process.stderr.write(`${trendsMessages.noAlerts(opts)}\n`);
      return;
    }
    process.stdout.write(`${formatTable(rows, Object.keys(rows[0]), 48)}\n`);
    process.stderr.write(`${trendsMessages.alertCount(rows.length)}\n`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (/fct_alerts/.test(String((error as Error).message))) throw new CliError(trendsMessages.noAlertsTable(workspace.warehouse), 1, { cause: error });
    throw error;
  } finally {
    db.close();
  }
}
