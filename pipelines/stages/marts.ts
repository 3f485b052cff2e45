import { orderByDependencies, readModels } from '../lib/queries.ts';
import { defineStage } from '../lib/stage.ts';

const models = [...orderByDependencies(readModels('intermediate')), ...orderByDependencies(readModels('marts'))];

export const martsStage = defineStage({
  name: 'marts',
  description: 'Materialize the intermediate and mart tables from queries/, all in one transaction.',
  reads: ['stg_mentions'],
  writes: models.map((m) => m.name),
  defaults: {},
  fingerprint: () => models.map((m) => m.sql).join('\n'),
  async run({ db, log }) {
    let rows = 0;
    await db.transaction(async () => {
      for (const model of models) {
        const result = await db.all<{ Count: bigint }>(`create or replace table ${model.name} as ${model.sql}`);
        rows += Number(result[0]?.Count ?? 0);
        log.info(`  ${model.layer}/${model.name}`);
      }
    });
    return { rows, warnings: [] };
  },
});
