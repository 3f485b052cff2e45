import type { Command } from 'commander';
import { parentCommand } from './shared-options.ts';

export function register(program: Command): void {
  parentCommand(program, 'query', 'Work on the brand and topic queries of listening.config.ts.')
    .command('test')
    .description('Show how many mentions a topic query matches, a sample with the matched terms in [brackets], and near misses left out by NOT or NEAR.')
    .argument('<name>', 'the topic id or name in listening.config.ts (or a new name with --query)')
    .option('--limit <n>', 'mentions to show of each kind', '10')
    .option('--query <query>', 'try this query instead of the configured one (aliases and misspellings still apply)')
    .option('--warehouse <path>', 'DuckDB file to read (default: warehouse of listening.config.ts)')
    .addHelpText(
      'after',
      '\nExamples:\n  listen query test pakkit\n  listen query test delivery --limit 20\n' +
        '  listen query test pakkit --query \'pakkit NOT "pakkit sports"\'\n  listen query test late-pakkit --query "pakkit NEAR/3 late*"',
    )
    .action(async (name: string, opts) => {
      const { runQueryTest } = await import('../topics/query-test.ts');
      await runQueryTest(name, opts);
    });
}
