import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempWorkspace, type TempWorkspace } from '../ingest/helpers.ts';
import { runCli } from '../pipeline/helpers.ts';

const CONFIG_MODULE = fileURLToPath(new URL('../../pipelines/lib/config.ts', import.meta.url));
const CONFIG = `import { defineConfig } from ${JSON.stringify(CONFIG_MODULE)};

export default defineConfig({ topics: [
  { id: 'pakkit', name: 'Pakkit', kind: 'brand', query: 'pakkit NOT "pakkit sports"', misspellings: ['Pakit'] },
] });
`;

const ROWS = [
  'Pakkit was late again',
  'ordered from Pakit, fine',
  'Pakkit sports club opens today',
  'nothing about brands here',
];

describe('listen query test', () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    ws = tempWorkspace('query-test');
    // As in a clone of the workspace: the config is an ES module.
    writeFileSync(join(ws.root, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(ws.root, 'listening.config.ts'), CONFIG);
    ws.write('m.csv', ['id,platform,created_at,author,text', ...ROWS.map((text, i) => `${i},twitter,2026-10-0${i + 1}T10:00:00Z,u${i},"${text}"`)].join('\n'));
    await ws.run();
  }, 120_000);
  afterAll(() => ws.cleanup());

  it('counts matches, shows them with the terms in brackets, and explains the near misses', async () => {
    const result = await runCli(['query', 'test', 'pakkit', '--warehouse', ws.warehouse], { LISTEN_ROOT: ws.root });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      [
        'Topic pakkit (brand): (pakkit OR pakit) AND NOT "pakkit sports"',
        '',
        '2 of 4 mentions match (50.0 %).',
        'Terms found: pakit 1 · pakkit 1',
        '',
        'Matches (2 of 2):',
        '  x:0  [Pakkit] was late again',
        '  x:1  ordered from [Pakit], fine',
        '',
        'Near misses: 1 mention(s) hold a term of the query but are left out by NOT or NEAR (1 shown):',
        '  x:2  [Pakkit] sports club opens today',
        '      ↳ excluded by NOT "pakkit sports" (found "pakkit sports")',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toMatch(/^Tested topic pakkit on 4 mentions: 2 match, 1 near misses; [\d.]+ s\n$/);
  });

  it('tries an edited query with --query, and points at the character of one that does not parse', async () => {
    const edited = await runCli(['query', 'test', 'pakkit', '--query', 'pakkit NEAR/1 late', '--limit', '0', '--warehouse', ws.warehouse], { LISTEN_ROOT: ws.root });
    expect(edited.stdout).toContain('1 of 4 mentions match (25.0 %).');
    const broken = await runCli(['query', 'test', 'pakkit', '--query', 'pakkit AND (late', '--warehouse', ws.warehouse], { LISTEN_ROOT: ws.root });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('expected ) to close the ( at character 12, found the end of the query (at character 17)\n    pakkit AND (late\n                    ^\nFix the query and test it again.');
  });

  it('names the known topics when asked for an unknown one', async () => {
    const result = await runCli(['query', 'test', 'acme', '--warehouse', ws.warehouse], { LISTEN_ROOT: ws.root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('listen: There is no topic "acme" in listening.config.ts. Known topics: pakkit. Use one of these ids, or add the topic under topics: [...].\n');
  });
});
