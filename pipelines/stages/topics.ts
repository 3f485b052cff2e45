import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { loadConfig } from '../lib/config.ts';
import { formatCount } from '../lib/log.ts';
import { QUERIES_DIR, stripTrailingSemicolon } from '../lib/queries.ts';
import { defineStage } from '../lib/stage.ts';
import { loadDeltaFiles, onlyGrew } from '../lib/stage-inputs.ts';
import { WORKSPACE_ROOT } from '../lib/workspace.ts';
import { createScorer, DEFAULT_MODEL_PATH, type ScorerChoice } from '../sentiment/create-scorer.ts';
import { localScorer, MULTI_BRAND_SQL, scoreBrandClauses, type BrandJob } from '../topics/brand-clauses.ts';
import { ClausePool } from '../topics/clause-pool.ts';
import { compilePlan } from '../topics/compile.ts';
import { compileTopics, type TopicConfigInput } from '../topics/config-schema.ts';
import { dropMatchTables, matchingSqlText, runMatching } from '../topics/match-sql.ts';
import { topicMessages } from '../topics/messages.ts';

export interface TopicsOptions {
  /** Topics to match instead of those in listening.config.ts (tests, notebooks). */
  topics: TopicConfigInput[] | null;
  /** The sentiment scorer for clauses around each brand (as in the sentiment stage). */
  scorer: ScorerChoice;
  model: string;
  /** Threads scoring multi-brand clauses, the main thread one of them (0 or 1: the main thread alone); "auto" uses every core when there are more than `parallelAbove` mentions. */
  workers: number | 'auto';
  parallelAbove: number;
}

const ROWS_SQL = stripTrailingSemicolon(readFileSync(`${QUERIES_DIR}topics/mention_topics_rows.sql`, 'utf8'));
/** Bump when matching code changes what it finds, so stored matches are not kept as up to date. */
const MATCHER_VERSION = 'topics-v3';

/** The config's text stands in for its topics: the runner asks for a fingerprint before anything is loaded. */
function configText(): string {
  const file = resolve(process.env.LISTEN_ROOT ?? WORKSPACE_ROOT, 'listening.config.ts');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** mention_topics is built from these: when either was rebuilt, stored matches may be stale. */
const READS = ['stg_mentions', 'mention_sentiment'];

export const topicsStage = defineStage<TopicsOptions>({
  name: 'topics',
  description: 'Match every mention against the brand, competitor, product and topic queries of listening.config.ts, with sentiment toward each brand.',
  reads: READS,
  writes: ['mention_topics', 'dim_topics'],
  defaults: { topics: null, scorer: 'auto', model: DEFAULT_MODEL_PATH, workers: 'auto', parallelAbove: 50_000 },
  fingerprint: (options) => [MATCHER_VERSION, matchingSqlText(), MULTI_BRAND_SQL, ROWS_SQL, options.topics ? JSON.stringify(options.topics) : configText()].join('\n'),
  async run({ db, options, log, root, delta }) {
    const topics = compileTopics(options.topics ?? (await loadConfig(root)).topics);
    const warnings = topics.length ? [] : [topicMessages.noTopics];
    const plan = compilePlan(topics);
    const spec = { scorer: options.scorer, modelPath: options.model, root };
    // Only new files, and the mentions and scores matched before are as they were: match the new mentions alone.
    const appendOnly = onlyGrew(delta, READS);
    if (appendOnly) {
      await loadDeltaFiles(db, delta);
      await db.run('create or replace temp table topic_new_mentions as select * from stg_mentions semi join delta_files using (file_id)');
    }
    const source = appendOnly ? 'topic_new_mentions' : 'stg_mentions';
    const mentions = Number((await db.one<{ n: bigint }>(`select count(*) as n from ${source}`))?.n ?? 0);
    const threads = options.workers === 'auto' ? (availableParallelism() > 1 && mentions > options.parallelAbove ? availableParallelism() : 0) : options.workers;
    // The other threads load while DuckDB matches; the main thread, idle while they score, takes its turn.
    const pool = threads > 1 && topics.length ? new ClausePool(threads - 1, { spec, topics }) : null;
    let closing: Promise<void> | undefined;
    const closePool = () => (closing ??= pool ? pool.close() : Promise.resolve());
    // The work tables are made outside the transaction: DuckDB reads tables created inside one from
    // transaction-local storage, which slowed the insert. Only the writes to the stage's tables need to be atomic.
    try {
      await runMatching(db, plan, log, source);
      const local = localScorer(topics, createScorer(spec));
      let turn = 0;
      const score = pool
        ? (jobs: BrandJob[]) => (turn++ % threads === threads - 1 ? Promise.resolve(local(jobs)) : pool.score(jobs))
        : async (jobs: BrandJob[]) => local(jobs);
      await pool?.start();
      const multi = await scoreBrandClauses(db, score, pool ? threads : 1, log);
      await closePool();
      const rows = await db.transaction(async () => {
        await db.run('delete from dim_topics');
        await db.run('insert into dim_topics (topic_id, name, kind, parent_id, query) select topic_id, name, topic_kind, parent_id, query from topic_meta order by topic_idx');
        // An append repeated after a kill (before the runner recorded it) replaces its own rows.
        if (appendOnly) await db.run('delete from mention_topics where mention_id in (select mention_id from topic_new_mentions)');
        else await db.run('delete from mention_topics');
        const inserted = await db.all<{ Count: bigint }>(`insert into mention_topics ${ROWS_SQL}`);
        return Number(inserted[0]?.Count ?? 0);
      });
      log.info(`Matched ${formatCount(rows)} mention-topic pairs${appendOnly ? ` for ${formatCount(mentions)} new mention(s)` : ''} over ${formatCount(topics.length)} topic(s); ${formatCount(multi)} text(s) name several brands and were scored per brand${pool ? ` on ${threads} threads` : ''}.`);
      return { rows, warnings, incremental: appendOnly };
    } finally {
      await closePool();
      await dropMatchTables(db);
      await db.run('drop table if exists topic_clause_sentiment');
      await db.run('drop table if exists topic_brand_jobs');
      await db.run('drop table if exists topic_new_mentions; drop table if exists delta_files;');
    }
  },
});

export default topicsStage;
