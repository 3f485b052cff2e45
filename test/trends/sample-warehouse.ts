import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb, type Db } from '../../pipelines/lib/db.ts';
import { memoryLogger } from '../../pipelines/lib/log.ts';
import { runStages } from '../../pipelines/runner.ts';
import { influenceStage } from '../../pipelines/stages/influence.ts';
import { martsStage } from '../../pipelines/stages/marts.ts';
import { trendsStage } from '../../pipelines/stages/trends.ts';
import { runCli, tempDir } from '../pipeline/helpers.ts';

export const SAMPLE = fileURLToPath(new URL('../../data/sample/', import.meta.url));
export const truth = JSON.parse(readFileSync(join(SAMPLE, 'truth.json'), 'utf8'));
const FIXTURE_TOPICS = readFileSync(new URL('./fixture-topics.sql', import.meta.url), 'utf8');

/**
 * The bundled sample through the main job. While the topics stage has not landed (mention_topics is
 * empty), brands come from fixture-topics.sql and the marts, influence and trends stages run again.
 */
export async function sampleWarehouse(prefix: string): Promise<{ db: Db; path: string; usedFixtureTopics: boolean }> {
  const path = join(tempDir(prefix), 'w.duckdb');
  const result = await runCli(['run', '--inbox', SAMPLE, '--warehouse', path, '--quiet']);
  if (result.code !== 0) throw new Error(`listen run failed: ${result.stderr}`);
  const db = await openDb(path);
  const topics = await db.one<{ n: bigint }>('select count(*) as n from mention_topics');
  const usedFixtureTopics = Number(topics?.n ?? 0) === 0;
  if (usedFixtureTopics) {
    await db.run(FIXTURE_TOPICS);
    await runStages({ db, stages: [martsStage, influenceStage, trendsStage], log: memoryLogger(), root: tempDir('root'), force: true });
  }
  return { db, path, usedFixtureTopics };
}
