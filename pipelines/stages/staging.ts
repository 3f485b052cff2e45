import { orderByDependencies, readModels } from '../lib/queries.ts';
import { defineStage } from '../lib/stage.ts';

const models = orderByDependencies(readModels('staging'));

/**
 * Staging models kept as tables. stg_mentions is read by every later stage (sentiment, topics, noise,
 * marts, influence); as a view each of those reads paid for typing and deduplicating every raw row
 * again. stg_raw_rows stays a view: only stg_mentions reads it.
 */
const MATERIALIZED = new Set(['stg_mentions']);

export const stagingStage = defineStage({
  name: 'staging',
  description: 'Type, normalize and deduplicate the raw rows: the view stg_raw_rows and the table stg_mentions.',
  reads: ['raw_generic', 'ingest_files', 'ref_platform_aliases', 'ref_language_names', 'ref_sentiment_labels'],
  writes: models.map((m) => m.name),
  defaults: {},
  fingerprint: () => [...MATERIALIZED, ...models.map((m) => m.sql)].join('\n'),
  async run({ db }) {
    let rows = 0;
    await db.transaction(async () => {
      for (const model of models) {
        const kind = MATERIALIZED.has(model.name) ? 'table' : 'view';
        // A warehouse from an earlier version may hold the other kind under this name.
        const existing = await db.one<{ kind: string }>(
          "select 'view' as kind from duckdb_views() where view_name = $name and not internal union all select 'table' from duckdb_tables() where table_name = $name",
          { name: model.name },
        );
        if (existing && existing.kind !== kind) await db.run(`drop ${existing.kind} ${model.name}`);
        const result = await db.all<{ Count?: bigint }>(`create or replace ${kind} ${model.name} as ${model.sql}`);
        if (kind === 'table') rows = Number(result[0]?.Count ?? 0);
      }
    });
    return { rows, warnings: [] };
  },
});
