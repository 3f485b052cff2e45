import { relationKind, type Db } from '../lib/db.ts';
import { formatCount } from '../lib/log.ts';
import { orderByDependencies, readingFrom, readModels, type SqlModel } from '../lib/queries.ts';
import { defineStage } from '../lib/stage.ts';
import { onlyGrew } from '../lib/stage-inputs.ts';

const models = [...orderByDependencies(readModels('intermediate')), ...orderByDependencies(readModels('marts'))];

/** The tables fct_mentions copies rows of: when either was rebuilt, its existing rows may be stale. */
const FCT_MENTIONS_SOURCES = ['stg_mentions', 'mention_sentiment'];

/**
 * fct_mentions for new mentions only: the rows of stg_mentions it does not hold yet, through the same
 * model SQL. Valid when stg_mentions and mention_sentiment only grew since the stage last ran.
 */
async function appendMentions(db: Db, model: SqlModel): Promise<number> {
  await db.run('create or replace temp table fct_new_mentions as select * from stg_mentions anti join fct_mentions using (mention_id)');
  const result = await db.all<{ Count: bigint }>(`insert into fct_mentions ${readingFrom(model.sql, 'stg_mentions', 'fct_new_mentions')}`);
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
    const appendOnly = onlyGrew(delta, FCT_MENTIONS_SOURCES) && (await relationKind(db, 'fct_mentions')) === 'table';
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
