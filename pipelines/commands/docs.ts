import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('docs')
    .description('Write the data dictionary: every table and view with its columns, types, meanings and lineage, as one HTML page.')
    .option('--out <path>', 'where to write it; a path ending in .md writes Markdown (default: reports/out/data-dictionary.html)')
    .option('--warehouse <path>', 'DuckDB file to read (default: warehouse of listening.config.ts)')
    .addHelpText('after', '\nExamples:\n  listen docs\n  listen docs --out docs/data-dictionary.md')
    .action(async (opts: { out?: string; warehouse?: string }) => {
      const { writeDocs } = await import('../docs/write-docs.ts');
      await writeDocs(opts);
    });
}
