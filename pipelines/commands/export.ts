import type { Command } from 'commander';

const list = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

export function register(program: Command): void {
  const exportCommand = program.command('export').description('Export the warehouse for other tools.');
  exportCommand
    .command('lake')
    .description('Write the marts and dims as a Hive-partitioned Parquet lake (mentions by platform and month) that Spark, Trino or DuckDB read directly.')
    .requiredOption('--out <dir>', 'folder of the lake; written aside and swapped in when complete (an earlier lake there is replaced)')
    .option('--tables <names>', 'comma-separated subset of the tables (default: all the warehouse has)', list)
    .option('--warehouse <path>', 'DuckDB file to read (default: warehouse of listening.config.ts); opened read-only')
    .option('--quiet', 'print only warnings and the summary')
    .addHelpText(
      'after',
      '\nExamples:\n  listen export lake --out lake\n  listen export lake --out /data/lake --tables fct_mentions,dim_topics,fct_volume_daily\n\nSee docs/lake.md for querying the lake from Spark SQL and Trino.',
    )
    .action(async (opts: { out: string; tables?: string[]; warehouse?: string; quiet?: boolean }) => {
      const { exportLake } = await import('../lake/export-lake.ts');
      const { openWorkspace } = await import('../lib/workspace.ts');
      const { stderrLogger } = await import('../lib/log.ts');
      const workspace = await openWorkspace({ warehouse: opts.warehouse });
      await exportLake({ warehouse: workspace.warehouse, out: opts.out, tables: opts.tables, log: stderrLogger({ quiet: opts.quiet }) });
    });
}
