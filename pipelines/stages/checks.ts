import { readModels } from '../lib/queries.ts';
import { defineStage } from '../lib/stage.ts';
import { CliError } from '../lib/errors.ts';

const checks = readModels('checks');

export const checksStage = defineStage({
  name: 'checks',
  description: 'Run the invariants in queries/checks; any check that returns rows fails the run.',
  reads: ['fct_mentions', 'ingest_files', 'ingest_rejects'],
  writes: [],
  defaults: {},
  fingerprint: () => checks.map((c) => c.sql).join('\n'),
  async run({ db }) {
    const failures: string[] = [];
    for (const check of checks) {
      const rows = await db.all(`select * from (${check.sql}) limit 5`);
      if (rows.length) {
        const sample = rows.map((r) => JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? Number(v) : v))).join('\n    ');
        failures.push(`check ${check.name} failed (queries/checks/${check.name}.sql returned rows):\n    ${sample}`);
      }
    }
    if (failures.length) throw new CliError(`${failures.join('\n')}\nThe warehouse tables are written; fix the cause and run again.`, 4);
    return { rows: checks.length, warnings: [] };
  },
});
