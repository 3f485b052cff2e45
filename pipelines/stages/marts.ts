import type { Db } from '../lib/db.ts';
import { formatCount } from '../lib/log.ts';
import { orderByDependencies, readModels, type SqlModel } from '../lib/queries.ts';
import { defineStage } from '../lib/stage.ts';

const models = [...orderByDependencies(readModels('intermediate')), ...orderByDependencies(readModels('marts'))];

/** Stages whose rows fct_mentions copies: when either rebuilt, its existing rows may be stale. */
const FCT_MENTIONS_SOURCES = ['staging', 'sentiment'];

/**
 * fct_mentions for new mentions only: the rows of stg_mentions it does not hold yet, through the same
 * model SQL. Valid when stg_mentions and mention_sentiment only grew since the stage last ran.
 */
async function appendMentions(db: Db, model: SqlModel): Promise<number> {
  await db.run('create or replace temp table fct_new_mentions as select * from stg_mentions anti join fct_mentions using (mention_id)');
  const result = await db.all<{ Count: bigint }>(`insert into fct_mentions ${model.sql.replace(/\bstg_mentions\b/g, 'fct_new_mentions')}`);
  await db.run('drop table fct_new_mentions');
  return Number(result[0]?.Count ?? 0);
}

export const martsStage = defineStage({
  name: 'marts',
  description: 'Materialize the intermediate and mart tables from queries/, all in one transaction (fct_mentions gains only the new mentions when nothing else changed).',
  reads: ['stg_mentions'],
  writes: models.map((m) => m.name),
  defaults: {},
  fingerprint: () => models.map((m) => m.sql).join('\n'),
  async run({ db, log, delta }) {
    const { exists } = (await db.one<{ exists: boolean }>("select count(*) > 0 as exists from duckdb_tables() where table_name = 'fct_mentions'"))!;
    const appendOnly = Boolean(delta && exists && !FCT_MENTIONS_SOURCES.some((stage) => delta.rebuiltUpstream.includes(stage)));
    let rows = 0;
    await db.transaction(async () => {
      for (const model of models) {
        if (model.name === 'fct_mentions' && appendOnly) {
          const appended = await appendMentions(db, model);
          rows += appended;
          log.info(`  ${model.layer}/${model.name}: ${formatCount(appended)} new mention(s) appended`);
          continue;
        }
        const result = await db.all<{ Count: bigint }>(`create or replace table ${model.name} as ${model.sql}`);
        rows += Number(result[0]?.Count ?? 0);
        log.info(`  ${model.layer}/${model.name}`);
      }
    });
    return { rows, warnings: [] };
  },
});
