import type { Command } from 'commander';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function register(program: Command): void {
  program
    .command('sql')
    .description('Run a query, a file from queries/, or a .sql path against the warehouse (read-only); with no query, open an SQL prompt.')
    .argument('[query-or-file]', 'SQL text, a file such as analysis/share_of_voice_weekly or marts/fct_mentions, or a path to a .sql file; none opens the prompt (or runs the statements piped to stdin)')
    .option('--format <format>', 'table, csv, json or parquet', 'table')
    .option('--out <path>', 'write the result to this file instead of stdout (required for parquet)')
    .option('--param <name=value>', 'set a DuckDB variable the SQL reads with getvariable(name); repeatable', collect, [])
    .option('--limit <n>', 'rows to print in table format', '50')
    .option('--warehouse <path>', 'DuckDB file to read (default: warehouse of listening.config.ts)')
    .addHelpText(
      'after',
      '\nExamples:\n  listen sql                                   an SQL prompt: .help, .tables, .schema fct_mentions\n' +
        '  listen sql "select platform, count(*) from fct_mentions group by all"\n' +
        '  listen sql analysis/share_of_voice_weekly --param platform=x\n' +
        '  echo "select count(*) from fct_mentions;" | listen sql\n' +
        '  listen sql marts/fct_mentions_daily --format csv --out daily.csv\n' +
        '  listen sql "select * from fct_share_of_voice_weekly where topic_id = getvariable(\'brand\')" --param brand=pakkit',
    )
    .action(async (query: string | undefined, opts) => {
      if (query === undefined) {
        const { runPrompt } = await import('../sql/prompt.ts');
        return runPrompt(opts);
      }
      const { runSql } = await import('../sql/run-sql.ts');
      await runSql(query, opts);
    });
}
