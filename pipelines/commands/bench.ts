import { Option, type Command } from 'commander';

export function register(program: Command): void {
  program
    .command('bench')
    .description('Measure the pipeline on generated data and print the figures (median of several runs).')
    .option('--rows <n>', 'mentions to generate', (v) => Number(v), 1_000_000)
    .addOption(new Option('--stage <stage>', 'what to measure: all = ingest (against a bare read_csv) and pipeline (every stage, the reports and a 1% incremental re-run, with peak RSS); the others time one part alone').choices(['ingest', 'sentiment', 'topics', 'analytics', 'clusters', 'reports', 'pipeline', 'all']).default('all'))
    .option('--runs <n>', 'runs per figure', (v) => Number(v), 3)
    .addOption(new Option('--child <args...>', 'internal: one measurement in a fresh process').hideHelp())
    .action(async (opts) => {
      if (opts.child) {
        const [kind, ...args] = opts.child as string[];
        const { ingestChild, bareChild } = await import('../bench/ingest-child.ts');
        const result =
          kind === 'bare' ? await bareChild(args[0], args[1])
          : kind === 'pipeline' ? await (await import('../bench/pipeline.ts')).pipelineChild(args.slice(2), args[0], args[1])
          : await ingestChild(args[0], args[1]);
        process.stdout.write(`${JSON.stringify(result)}\n`);
        return;
      }
      const [{ runBench, printFigures }, { stderrLogger }, { openWorkspace }] = await Promise.all([
        import('../bench/run-bench.ts'),
        import('../lib/log.ts'),
        import('../lib/workspace.ts'),
      ]);
      const { root } = await openWorkspace();
      const figures = await runBench({ rows: opts.rows, stage: opts.stage, runs: opts.runs, root }, stderrLogger());
      process.stdout.write(`${printFigures(figures)}\n`);
    });
}
