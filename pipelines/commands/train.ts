import type { Command } from 'commander';
import { asCliError } from './eval.ts';
import { addLabelsOptions, parentCommand } from './shared-options.ts';

/** Adds `listen train sentiment`. */
export function register(program: Command): void {
  const train = parentCommand(program, 'train', "Train models on a team's own labeled mentions.");
  const sentiment = train
    .command('sentiment')
    .description('Train a linear classifier per language (logistic regression over word and character n-grams, optionally naive-Bayes scaled, plus lexicon scores), report k-fold cross-validated macro-F1 and save it as JSON.');
  addLabelsOptions(sentiment)
    .option('--out <path>', 'where to save the model', 'data/models/sentiment.json')
    .option('--folds <k>', 'cross-validation folds (0 to skip)', (v) => Number(v), 5)
    .option('--min-rows <n>', 'fewest labeled rows a language needs to get its own model', (v) => Number(v), 30)
    .addHelpText('after', '\nExample:\n  listen train sentiment --labels labels.csv --lang-col language\nBy default the held-out 30% of rows (by text hash) is left out of training, so "listen eval sentiment" can measure the model on it; --split all trains on everything.')
    .action(async (opts) => {
      const [{ runTrain }, { stderrLogger }] = await Promise.all([import('../evaluation/run-train.ts'), import('../lib/log.ts')]);
      try {
        const { summary } = await runTrain({ ...opts, split: opts.split ?? 'train', now: new Date() }, stderrLogger());
        process.stdout.write(`${summary}\n`);
      } catch (error) {
        throw await asCliError(error);
      }
    });
}
