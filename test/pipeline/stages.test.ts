import { describe, expect, it } from 'vitest';
import { openDb } from '../../pipelines/lib/db.ts';
import { ensureSchema } from '../../pipelines/lib/schema.ts';
import { PIPELINE } from '../../pipelines/pipeline.ts';
import { checkContracts } from '../../pipelines/runner.ts';

describe('the stage registry', () => {
  it('declares every stage completely and in an order whose reads are satisfied', async () => {
    const db = await openDb(':memory:');
    const tables = await ensureSchema(db);
    db.close();
    const problems = checkContracts(PIPELINE, tables);
    for (const stage of PIPELINE) {
      if (!/^[a-z]+(-[a-z]+)*$/.test(stage.name)) problems.push(`${stage.name}: name is not kebab-case`);
      if (!/^[A-Z].*\.$/.test(stage.description)) problems.push(`${stage.name}: description is not one sentence`);
      if (typeof stage.run !== 'function') problems.push(`${stage.name}: no run function`);
    }
    expect(problems).toEqual([]);
  });

  it('reports a stage that reads a table nothing provides', () => {
    const [ingest, staging] = PIPELINE;
    expect(checkContracts([staging, ingest], ['ingest_files'])).toContain('stage staging reads raw_generic, which no earlier stage writes');
  });
});
