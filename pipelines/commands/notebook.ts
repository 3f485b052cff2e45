import type { Command } from 'commander';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function register(program: Command): void {
  const notebook = program.command('notebook').description('Jupyter notebooks on the warehouse: register the kernel, run notebooks with parameters, strip outputs.');

  notebook
    .command('setup')
    .description("Register the project's tslab kernel in .jupyter/ and print the JUPYTER_PATH line for your shell.")
    .action(async () => {
      const { setupCommand } = await import('../notebooks-run/commands.ts');
      await setupCommand();
    });

  notebook
    .command('list')
    .description('List the notebooks in notebooks/ and their parameters.')
    .action(async () => {
      const { listCommand } = await import('../notebooks-run/commands.ts');
      listCommand();
    });

  notebook
    .command('run')
    .description('Execute a notebook headlessly with parameters; write the executed .ipynb and an HTML export.')
    .argument('<name>', 'a notebook in notebooks/, e.g. quickstart')
    .option('--param <name=value>', "set a variable of the notebook's cell tagged parameters; repeatable", collect, [])
    .option('--out <dir>', 'output folder (default: reports/out/notebooks/<name>-<UTC time>/)')
    .option('--warehouse <path>', 'DuckDB file the notebook reads (default: LISTEN_WAREHOUSE or listening.config.ts)')
    .option('--timeout <seconds>', 'stop a run, or any one cell, after this long', '900')
    .option('--dir <folder>', 'where to find the notebook (default: notebooks/)')
    .addHelpText('after', '\nExamples:\n  listen notebook run quickstart --param brand=rushbee\n  listen notebook run sentiment-audit --param brand=pakkit --param since=2026-10-01 --out reports/out/audit')
    .action(async (name: string, opts) => {
      const { runCommand } = await import('../notebooks-run/commands.ts');
      await runCommand(name, opts);
    });

  notebook
    .command('strip')
    .description('Remove outputs and execution counts from the notebooks in notebooks/ (they are committed without); --check only reports.')
    .option('--check', 'exit 1 if a notebook has outputs, without changing it')
    .option('--dir <folder>', 'the folder of notebooks (default: notebooks/)')
    .action(async (opts: { check?: boolean; dir?: string }) => {
      const { stripCommand } = await import('../notebooks-run/commands.ts');
      stripCommand(opts);
    });
}
