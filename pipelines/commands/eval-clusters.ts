import type { Command } from 'commander';
import { asCliError } from './eval.ts';
import { parentCommand } from './shared-options.ts';

/** Adds `listen eval clusters`. */
export function register(program: Command): void {
  parentCommand(program, 'eval', 'Measure models against labeled mentions.')
    .command('clusters')
    .description('Cluster labeled complaints as the root-causes stage does and compare with their gold reasons (purity, NMI, adjusted Rand index, reasons with a cluster of their own), next to a plain TF-IDF + k-means baseline told the true k.')
    .requiredOption('--labels <file>', 'complaints with a reason: CSV/TSV with a header row, NDJSON or Parquet')
    .option('--text-col <name>', 'column holding the text', 'text')
    .option('--reason-col <name>', 'column holding the gold complaint reason', 'reason')
    .option('--lang-col <name>', 'column holding an ISO 639-1 language code')
    .option('--lang <code>', 'the language of every row; with --lang-col, only rows of this language')
    .option('--topics-col <name>', 'column listing the configured topics each row matched (; separated), as mention_topics gives the stage; adds a words-only line')
    .option('--drop <words...>', 'words to remove besides stop words, such as the brand’s names')
    .addHelpText('after', '\nExample:\n  listen eval clusters --labels themes.csv --text-col text --reason-col theme --lang-col lang --drop pakkit')
    .action(async (opts) => {
      const { evalClusters, formatEvalClusters } = await import('../clustering/run-eval-clusters.ts');
      try {
        process.stdout.write(`${formatEvalClusters(opts.labels, await evalClusters({ ...opts, labels: opts.labels }))}\n`);
      } catch (error) {
        throw await asCliError(error);
      }
    });
}
