import { readdirSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { CliError } from './lib/errors.ts';

/** The main job first; every other module in commands/ that exports `register` follows, by name. */
const FIRST = ['run.ts', 'ingest.ts', 'sample.ts'];
const COMMANDS_DIR = new URL('./commands/', import.meta.url);

function commandModules(): string[] {
  const names = readdirSync(COMMANDS_DIR).filter((name) => name.endsWith('.ts')).sort();
  return [...FIRST, ...names.filter((name) => !FIRST.includes(name))];
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command('listen')
    .description('Social-listening workspace: load mention exports into DuckDB, analyse them, report.')
    .showHelpAfterError()
    .exitOverride();
  // Each module adds one command; heavy modules load inside the command's action.
  for (const name of commandModules()) {
    const module = (await import(new URL(name, COMMANDS_DIR).href)) as { register?(program: Command): void };
    module.register?.(program);
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
