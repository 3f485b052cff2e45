#!/usr/bin/env node
// The `listen` CLI. tsx loads the TypeScript sources directly, so there is no build step to go stale.
import { register } from 'tsx/esm/api';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
register();
const { main } = await import('../pipelines/cli.ts');
process.exitCode = await main(process.argv);
