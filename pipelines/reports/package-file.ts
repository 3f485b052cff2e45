import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A file a dependency ships but does not export (vega's browser build, vega-lite's JSON schema). */
export function packageFile(pkg: string, file: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(pkg));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`Cannot find the folder of the ${pkg} package; run npm ci.`);
    dir = up;
  }
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`${pkg} has no ${file} (${path}); run npm ci.`);
  return path;
}
