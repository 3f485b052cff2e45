#!/usr/bin/env node
// The `listen` CLI. tsx loads the TypeScript sources directly, so there is no build step to go stale.
import { register } from 'tsx/esm/api';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
// `listen … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
register();
const { main } = await import('../pipelines/cli.ts');
process.exitCode = await main(process.argv);
