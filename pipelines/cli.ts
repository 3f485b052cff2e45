import { Command, CommanderError } from 'commander';
import { CliError } from './lib/errors.ts';

/** Each module adds one command; heavy modules load inside the command's action. */
const COMMANDS = ['./commands/run.ts', './commands/ingest.ts', './commands/sample.ts', './commands/sql.ts', './commands/eval.ts', './commands/eval-clusters.ts', './commands/train.ts', './commands/bench.ts', './commands/alerts.ts', './commands/query.ts'];

export async function main(argv: string[]): Promise<number> {
  const program = new Command('listen')
    .description('Social-listening workspace: load mention exports into DuckDB, analyse them, report.')
    .showHelpAfterError()
    .exitOverride();
  for (const path of COMMANDS) {
    const module = (await import(path)) as { register(program: Command): void };
    module.register(program);
  }
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    // Commander has already printed the problem and the help; a usage error exits 2, help exits 0.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError) {
      process.stderr.write(`listen: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`listen: ${(error as Error)?.stack ?? String(error)}\n`);
    return 1;
  }
}
