import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../pipelines/lib/db.ts';
import { tempWorkspace, type TempWorkspace } from '../ingest/helpers.ts';
import { runCli } from '../pipeline/helpers.ts';

const CONFIG_MODULE = fileURLToPath(new URL('../../pipelines/lib/config.ts', import.meta.url));
const config = (query: string) => `import { defineConfig } from ${JSON.stringify(CONFIG_MODULE)};

export default defineConfig({ topics: [{ id: 'late', name: 'Late', kind: 'topic', query: ${JSON.stringify(query)} }] });
`;

describe('the topics stage between runs', () => {
  let ws: TempWorkspace;
  const run = () => runCli(['run', '--inbox', ws.inbox, '--warehouse', ws.warehouse, '--quiet'], { LISTEN_ROOT: ws.root });
  const read = async (sql: string) => {
    const db = await openDb(ws.warehouse, { readOnly: true });
    try {
      return await db.all<Record<string, unknown>>(sql);
    } finally {
      db.close();
    }
  };

  beforeAll(() => {
    ws = tempWorkspace('topics-stage');
    writeFileSync(join(ws.root, 'package.json'), '{ "type": "module" }\n');
    ws.write('m.csv', 'id,platform,created_at,author,text\n1,twitter,2026-10-01T10:00:00Z,a,"Pakkit late again"\n2,twitter,2026-10-02T10:00:00Z,b,"Rushbee was late"\n');
  });
  afterAll(() => ws.cleanup());

  it('is skipped when nothing changed and runs again when a topic query changes', async () => {
    writeFileSync(join(ws.root, 'listening.config.ts'), config('late AND pakkit'));
    expect((await run()).code).toBe(0);
    expect((await run()).code).toBe(0);
    writeFileSync(join(ws.root, 'listening.config.ts'), config('late AND rushbee'));
    const third = await run();
    expect(third.code, third.stderr).toBe(0);
    const runs = await read("select status from pipeline_runs where stage = 'topics' order by started_at");
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'skipped', 'succeeded']);
    expect(await read('select mention_id, topic_id, matched_terms from mention_topics')).toEqual([{ mention_id: 'x:2', topic_id: 'late', matched_terms: ['late', 'rushbee'] }]);
    expect(await read('select topic_id, query from dim_topics')).toEqual([{ topic_id: 'late', query: 'late AND rushbee' }]);
  });

  it('warns, and writes empty tables, when no topics are declared', async () => {
    writeFileSync(join(ws.root, 'listening.config.ts'), 'export default {};\n');
    const result = await run();
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: No topics are declared in listening.config.ts, so mention_topics is empty. Add brands and topics under topics: [...] (see docs/topics.md).');
    expect(await read('select count(*)::int as n from mention_topics')).toEqual([{ n: 0 }]);
  });
});
