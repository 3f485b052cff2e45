import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { tempDir } from '../pipeline/helpers.ts';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** A workspace of its own (LISTEN_ROOT): the repo's config, declarations and bundled sample, nothing else. */
export function reportsRoot(prefix: string): string {
  const root = tempDir(prefix);
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  const config = readFileSync(join(REPO, 'listening.config.ts'), 'utf8').replace("'./pipelines/lib/config.ts'", JSON.stringify(join(REPO, 'pipelines/lib/config.ts')));
  writeFileSync(join(root, 'listening.config.ts'), config);
  cpSync(join(REPO, 'reports'), join(root, 'reports'), { recursive: true, filter: (path) => !path.includes(`${join('reports', 'out')}`) });
  mkdirSync(join(root, 'data'));
  symlinkSync(join(REPO, 'data/sample'), join(root, 'data/sample'));
  return root;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}
