import { orderByDependencies, readModels } from '../lib/queries.ts';
import { defineStage } from '../lib/stage.ts';

const models = orderByDependencies(readModels('staging'));

export const stagingStage = defineStage({
  name: 'staging',
  description: 'Create the staging views that type, normalize and deduplicate the raw rows.',
  reads: ['raw_generic', 'ingest_files', 'ref_platform_aliases', 'ref_language_names', 'ref_sentiment_labels'],
  writes: models.map((m) => m.name),
  defaults: {},
  fingerprint: () => models.map((m) => m.sql).join('\n'),
  async run({ db }) {
    await db.transaction(async () => {
      for (const model of models) await db.run(`create or replace view ${model.name} as ${model.sql}`);
    });
    const { n } = (await db.one<{ n: bigint }>('select count(*) as n from stg_raw_rows'))!;
    return { rows: Number(n), warnings: [] };
  },
});
