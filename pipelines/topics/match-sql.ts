import { readFileSync } from 'node:fs';
import type { Db } from '../lib/db.ts';
import type { Logger } from '../lib/log.ts';
import { QUERIES_DIR } from '../lib/queries.ts';
import { readingFrom, stripTrailingSemicolon } from '../lib/queries.ts';
import { appendRows } from './append-rows.ts';
import { matchConditionSql, type MatchPlan } from './compile.ts';

const sql = (name: string) => stripTrailingSemicolon(readFileSync(`${QUERIES_DIR}topics/${name}.sql`, 'utf8'));
const STEPS = ['topic_token_words', 'topic_word_hits', 'topic_leaf_hits', 'topic_near_hits', 'topic_atom_hits', 'topic_candidates'] as const;
export const MATCH_TEMP_TABLES = ['topic_texts', 'topic_mentions', ...STEPS, 'topic_matched_atoms', 'topic_matches', 'topic_meta', 'topic_words', 'topic_phrase_words', 'topic_tags', 'topic_near_sides', 'topic_atoms', 'topic_triggers'];

/** The SQL text the matching depends on, for stage fingerprints. */
export function matchingSqlText(): string {
  return ['plan_tables', 'topic_texts', 'topic_mentions', ...STEPS, 'topic_matches'].map(sql).join('\n');
}

export async function loadPlan(db: Db, plan: MatchPlan): Promise<void> {
  await db.run(sql('plan_tables'));
  await appendRows(db, 'topic_meta', ['topic_idx', 'topic_id', 'name', 'topic_kind', 'parent_id', 'query'], plan.topics);
  await appendRows(db, 'topic_words', ['word_id', 'match_kind', 'pattern', 'max_edits'], plan.words);
  await appendRows(db, 'topic_phrase_words', ['leaf_id', 'word_index', 'word_id', 'leaf_length'], plan.phraseWords);
  await appendRows(db, 'topic_tags', ['leaf_id', 'tag_kind', 'pattern', 'is_prefix'], plan.tags);
  await appendRows(db, 'topic_near_sides', ['atom_id', 'side', 'leaf_id', 'distance', 'is_ordered'], plan.nearSides);
  await appendRows(db, 'topic_atoms', ['topic_idx', 'atom_id', 'label', 'is_positive', 'is_term'], plan.topicAtoms);
  await appendRows(db, 'topic_triggers', ['topic_idx', 'atom_id'], plan.triggers);
}

/**
 * Matches every distinct text of stg_mentions (or of `source`, a relation shaped like it: the new
 * mentions of an incremental run) against the plan's topics, leaving temp tables topic_texts
 * (rowid = text_key, words…), topic_mentions (text_key, mention_id, lang), topic_atom_hits (text_key,
 * atom_id) and topic_matches (text_key, topic_idx, matched_terms).
 */
export async function runMatching(db: Db, plan: MatchPlan, log: Logger, source = 'stg_mentions'): Promise<{ matches: number; seconds: Record<string, number> }> {
  const fromSource = (name: string) => readingFrom(sql(name), 'stg_mentions', source);
  const seconds: Record<string, number> = {};
  const progress = log.progress('Matching topics (steps)', STEPS.length + 4);
  const timed = async (name: string, work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    seconds[name] = (performance.now() - started) / 1000;
    progress.update(Object.keys(seconds).length);
  };
  await timed('plan', () => loadPlan(db, plan));
  await timed('topic_texts', () => db.run(`create or replace temp table topic_texts as ${fromSource('topic_texts')}`));
  await timed('topic_mentions', () => db.run(`create or replace temp table topic_mentions as ${fromSource('topic_mentions')}`));
  for (const step of STEPS) await timed(step, () => db.run(`create or replace temp table ${step} as ${sql(step)}`));
  await timed('topic_matches', async () => {
    await db.run(`create or replace temp table topic_matched_atoms as select text_key, topic_idx, atoms from topic_candidates where ${matchConditionSql(plan)}`);
    await db.run(`create or replace temp table topic_matches as ${sql('topic_matches')}`);
  });
  progress.done();
  const row = await db.one<{ n: bigint }>('select count(*) as n from topic_matches');
  const matches = Number(row?.n ?? 0);
  log.info(`  matched ${matches.toLocaleString('en-US')} text-topic pairs for ${plan.topics.length} topic(s)`);
  return { matches, seconds };
}

export async function dropMatchTables(db: Db): Promise<void> {
  for (const table of MATCH_TEMP_TABLES) await db.run(`drop table if exists ${table}`);
}
