import { InvalidArgumentError, type Command } from 'commander';

export function register(program: Command): void {
  program
    .command('report')
    .description('Render the Vega-Lite reports in reports/ to SVG and PNG and write the HTML digest, under reports/out/<run-id>/ (read-only on the warehouse).')
    .argument('[names...]', 'reports to render (file names in reports/ without .vl.json), or all', [])
    .option('--brand <id>', 'brand the digest and charts are about (default: the topic of kind brand in listening.config.ts)')
    .option('--since <day>', 'first day of the window, YYYY-MM-DD (default: 27 days before --until)')
    .option('--until <day>', 'last day of the window, YYYY-MM-DD (default: the last day with mentions)')
    .option('--platform <name>', 'only mentions from this platform (default: all)')
    .option('--out <dir>', 'folder the runs go in (default: reports/out)')
    .option('--warehouse <path>', 'DuckDB file to read (default: warehouse of listening.config.ts)')
    .option('--keep <n>', 'run folders to keep in the out folder, newest first; older ones are deleted (the latest run is always kept)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of runs, 1 or more');
      return n;
    }, 30)
    .option('--quiet', 'print only warnings and the digest path')
    .addHelpText(
      'after',
      '\nThe digest path goes to stdout; reports/out/latest (and latest.json) points at the last complete run.\n' +
        'Examples:\n  listen report\n  listen report share-of-voice --brand rushbee\n  listen report all --since 2026-10-01 --until 2026-10-28 --platform x',
    )
    .action(async (names: string[], opts) => {
      const [{ runReports }, { stderrLogger }] = await Promise.all([import('../reports/run-reports.ts'), import('../lib/log.ts')]);
      const result = await runReports({ ...opts, names }, stderrLogger({ quiet: opts.quiet }));
      process.stdout.write(`${result.digest}\n`);
    });
}
