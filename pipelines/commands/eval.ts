import type { Command } from 'commander';
import { addLabelsOptions, parentCommand } from './shared-options.ts';

/** Adds `listen eval sentiment`. */
export function register(program: Command): void {
  const evalCommand = parentCommand(program, 'eval', 'Measure models against labeled mentions.');
  const sentiment = evalCommand
    .command('sentiment')
    .description('Score a labeled file with the default scorer (and trained models) and print accuracy, macro-F1, per-class precision/recall and the confusion matrix per language.');
  addLabelsOptions(sentiment)
    .option('--model <path...>', 'a trained model (from "listen train sentiment") to evaluate next to the default scorer')
    .option('--out <dir>', 'write sentiment-eval.json and sentiment-eval.vl.json here', 'reports/out/eval')
    .addHelpText('after', '\nExample:\n  listen eval sentiment --labels labels.csv --lang tr --model data/models/sentiment.json\nBy default only the held-out 30% of rows (by text hash) is scored, so a model trained on the rest is measured fairly.')
    .action(async (opts) => {
      const [{ runEval }, { stderrLogger }] = await Promise.all([import('../evaluation/run-eval.ts'), import('../lib/log.ts')]);
      const log = stderrLogger();
      try {
        const result = await runEval({ ...opts, split: opts.split ?? 'test' }, log);
        process.stdout.write(`${result.text}\n`);
        for (const file of result.files) log.info(`Wrote ${file}.`);
      } catch (error) {
        throw await asCliError(error);
      }
    });

  evalCommand
    .command('language')
    .description('Measure language detection against texts of known language: accuracy on short texts and on all, per language.')
    .requiredOption('--labels <file>', 'texts of known language: CSV/TSV with a header row, NDJSON or Parquet')
    .option('--text-col <name>', 'column holding the text', 'text')
    .option('--lang-col <name>', 'column holding the ISO 639-1 code of each text')
    .option('--lang <code>', 'the language of every text, when the file has no language column')
    .addHelpText('after', '\nExample:\n  listen eval language --labels ../shared/data/turkish-tweets.csv --lang tr')
    .action(async (opts) => {
      const [{ readLanguageRows, evaluateDetector, formatLanguageReport }, { eldDetector }] = await Promise.all([
        import('../evaluation/language-eval.ts'),
        import('../language/eld-detector.ts'),
      ]);
      try {
        const rows = await readLanguageRows(opts.labels, opts);
        process.stdout.write(`${formatLanguageReport(evaluateDetector(opts.labels, rows, eldDetector()))}\n`);
      } catch (error) {
        throw await asCliError(error);
      }
    });
}

/** Known, user-caused failures become CliErrors (no stack trace, exit code 2). */
export async function asCliError(error: unknown): Promise<unknown> {
  const { CliError } = await import('../lib/errors.ts');
  const known = ['LabelsFileError', 'ModelFileError', 'NothingTrainedError'];
  return error instanceof Error && known.includes(error.name) ? new CliError(error.message, 2, { cause: error }) : error;
}
