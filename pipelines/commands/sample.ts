import { InvalidArgumentError, Option, type Command } from 'commander';

const wholeNumber = (value: string): number => {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('Give a whole number, like 3000 or 1_000_000.');
  return n;
};

export function register(program: Command): void {
  program
    .command('sample')
    .description('Write deterministic sample mention exports in six formats, with truth.json recording what was planted in them.')
    .option('--rows <n>', 'unique mentions to generate (duplicate deliveries and malformed rows come on top)', wholeNumber, 3000)
    .option('--seed <n>', 'seed of the random generator; the same arguments give byte-identical files', wholeNumber, 42)
    .option('--out <dir>', 'output folder', 'data/sample')
    .addOption(
      new Option('--formats <list>', 'comma-separated subset of: generic-csv, brandwatch, talkwalker, meltwater, x-v2, reddit').default(
        'generic-csv,brandwatch,talkwalker,meltwater,x-v2,reddit',
      ),
    )
    .option('--start <date>', 'first day of the window (UTC, YYYY-MM-DD)', '2026-09-01')
    .option('--days <n>', 'length of the window in days (21-366)', wholeNumber, 60)
    .addHelpText(
      'after',
      [
        '',
        'Files (under --out): generic/mentions.csv, brandwatch/mentions-export.csv (BOM, 6-line preamble),',
        'talkwalker/results.csv, meltwater/export.csv (UTF-16 LE, tab-separated), x-api/tweets.jsonl (X API v2 pages),',
        'reddit/comments.ndjson (Pushshift style), and truth.json: the planted spike, complaint themes with their',
        'mention ids, influencers, the emerging hashtag, duplicate deliveries and the malformed rows to expect.',
        'Large runs stream to disk in constant memory; use --formats generic-csv for benchmark files.',
        '',
        'Examples:',
        '  listen sample                                   # the committed sample in data/sample',
        '  listen sample --rows 1000000 --formats generic-csv --out data/bench/1m',
        '  listen sample --seed 7 --start 2027-01-01 --days 90 --out /tmp/other',
        '',
        'See docs/sample-data.md.',
      ].join('\n'),
    )
    .action(async (opts) => {
      const [{ generateSample }, { parseFormats, SampleOptionError }, { stderrLogger }, { CliError }] = await Promise.all([
        import('../sample/generate.ts'),
        import('../sample/options.ts'),
        import('../lib/log.ts'),
        import('../lib/errors.ts'),
      ]);
      try {
        const formats = parseFormats(opts.formats as string);
        await generateSample({ rows: opts.rows, seed: opts.seed, out: opts.out, formats, start: opts.start, days: opts.days }, stderrLogger());
      } catch (error) {
        if (error instanceof SampleOptionError) throw new CliError(error.message, 2, { cause: error });
        throw error;
      }
    });
}
