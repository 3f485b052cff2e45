import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('run')
    .description('Run the main job: ingest → staging → sentiment → topics → noise → marts → influence → trends → root causes → checks; stages whose inputs did not change are skipped.')
    .option('--inbox <dir...>', 'folder(s) of exports to load, any depth (default: inbox of listening.config.ts)')
    .option('--sample', 'load the bundled sample in data/sample')
    .option('--full-refresh', 'rebuild the warehouse from scratch from the inbox (built aside, swapped in on success)')
    .option('--force', 'run every stage even when nothing it depends on changed')
    .option('--rehash', 'hash every file even when its size and time are unchanged')
    .option('--warehouse <path>', 'DuckDB file to write (default: warehouse of listening.config.ts)')
    .option('--no-reports', 'do not render reports/ and the digest after the run (rendered by default when the run writes the workspace warehouse)')
    .option('--quiet', 'print only warnings and the summary')
    .addHelpText('after', '\nExamples:\n  listen run --sample\n  listen run --inbox data/inbox --full-refresh')
    .action(async (opts) => {
      const { runPipeline } = await import('../run-pipeline.ts');
      await runPipeline(opts);
    });
}
