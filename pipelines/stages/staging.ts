import { relationKind, type Db } from '../lib/db.ts';
import { formatCount } from '../lib/log.ts';
import { orderByDependencies, readingFrom, readModels, type SqlModel } from '../lib/queries.ts';
import { defineStage } from '../lib/stage.ts';
import { loadDeltaFiles, type InputDelta } from '../lib/stage-inputs.ts';

const models = orderByDependencies(readModels('staging'));

/**
 * Staging models kept as tables. stg_mentions is read by every later stage (sentiment, topics, noise,
 * marts, influence); as a view each of those reads paid for typing and deduplicating every raw row
 * again. stg_raw_rows stays a view: only stg_mentions reads it.
 */
const MATERIALIZED = new Set(['stg_mentions']);

async function rebuild(db: Db, model: SqlModel): Promise<number> {
  const kind = MATERIALIZED.has(model.name) ? 'table' : 'view';
  // A warehouse from an earlier version may hold the other kind under this name.
  const existing = await relationKind(db, model.name);
  if (existing && existing !== kind) await db.run(`drop ${existing} ${model.name}`);
  const result = await db.all<{ Count?: bigint }>(`create or replace ${kind} ${model.name} as ${model.sql}`);
  return kind === 'table' ? Number(result[0]?.Count ?? 0) : 0;
}

/**
 * New files only: the canonical mentions of their rows are appended, when none of them is a post
 * stg_mentions already holds. A post delivered again (an overlapping export) merges with its earlier
 * deliveries, which only a rebuild sees: then the stage rebuilds. Returns the rows appended, or
 * undefined when it must rebuild.
 */
async function append(db: Db, model: SqlModel, delta: InputDelta): Promise<number | undefined> {
  await loadDeltaFiles(db, delta);
  await db.run('create or replace temp view stg_raw_rows_new as select * from stg_raw_rows semi join delta_files using (file_id)');
  await db.run(`create or replace temp table stg_mentions_new as ${readingFrom(model.sql, 'stg_raw_rows', 'stg_raw_rows_new')}`);
  const { again } = (await db.one<{ again: bigint }>('select count(*) as again from stg_mentions_new semi join stg_mentions using (mention_id)'))!;
  let appended: number | undefined;
  if (Number(again) === 0) {
    const result = await db.all<{ Count: bigint }>('insert into stg_mentions select * from stg_mentions_new');
    appended = Number(result[0]?.Count ?? 0);
  }
  await db.run('drop table stg_mentions_new; drop view stg_raw_rows_new; drop table delta_files;');
  return appended;
}

export const stagingStage = defineStage({
  name: 'staging',
  description: 'Type, normalize and deduplicate the raw rows: the view stg_raw_rows and the table stg_mentions (new files appended when they hold only new posts).',
  reads: ['raw_generic', 'ingest_files', 'ref_platform_aliases', 'ref_language_names', 'ref_sentiment_labels'],
  writes: models.map((m) => m.name),
  defaults: {},
  fingerprint: () => [...MATERIALIZED, ...models.map((m) => m.sql)].join('\n'),
  async run({ db, log, delta }) {
    return db.transaction(async () => {
      const incremental = delta && (await relationKind(db, 'stg_mentions')) === 'table' && (await relationKind(db, 'stg_raw_rows')) === 'view';
      if (incremental) {
        const appended = await append(db, models.find((m) => m.name === 'stg_mentions')!, delta);
        if (appended !== undefined) {
          log.info(`  ${formatCount(appended)} new mention(s) from ${formatCount(delta.files.length)} new file(s) appended to stg_mentions`);
          return { rows: appended, warnings: [], incremental: true };
        }
        log.info('  posts stg_mentions already holds were delivered again: rebuilding stg_mentions from every file');
      }
      let rows = 0;
      for (const model of models) rows += await rebuild(db, model);
      return { rows, warnings: [] };
    });
  },
});
