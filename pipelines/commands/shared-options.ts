import { Command, Option } from 'commander';

/** Finds the parent command ("eval", "train") or adds it, so several capabilities can hang subcommands on it. */
export function parentCommand(program: Command, name: string, description: string): Command {
  return program.commands.find((command) => command.name() === name) ?? program.command(name).description(description);
}

/** The labeled-file options `eval sentiment` and `train sentiment` share. */
export function addLabelsOptions(command: Command): Command {
  return command
    .requiredOption('--labels <file>', 'labeled mentions: CSV/TSV with a header row, NDJSON or Parquet')
    .option('--text-col <name>', 'column holding the text', 'text')
    .option('--label-col <name>', 'column holding the label', 'label')
    .option('--lang-col <name>', 'column holding an ISO 639-1 language code (else --lang, else detected per row)')
    .option('--lang <code>', 'the language of every row, when the file has no language column')
    .option(
      '--label-map <spec>',
      'how labels map to positive/neutral/negative: presets default (positive/pos/1/+1, negative/neg/-1, neutral/neu/0, objective and mixed → neutral), binary01, ternary012, and pairs like "good=positive,bad=negative"',
    )
    .addOption(new Option('--split <part>', 'which part of the file: test (held out), train (the rest) or all').choices(['test', 'train', 'all']))
    .option('--holdout <share>', 'share of rows held out for testing, by a hash of the text', (v) => Number(v), 0.3);
}
