import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Load new and changed exports and rebuild the staging views, without marts and checks.')
    .option('--inbox <dir...>', 'folder(s) of exports to load (default: inbox of listening.config.ts)')
    .option('--full-refresh', 'rebuild the warehouse from scratch')
    .option('--rehash', 'hash every file even when its size and time are unchanged')
    .option('--warehouse <path>', 'DuckDB file to write')
    .option('--quiet', 'print only warnings and the summary')
    .action(async (opts) => {
      const [{ runPipeline }, { ingestStage }, { stagingStage }] = await Promise.all([
        import('../run-pipeline.ts'),
        import('../stages/ingest.ts'),
        import('../stages/staging.ts'),
      ]);
      await runPipeline({ ...opts, stages: [ingestStage, stagingStage] });
    });
}
