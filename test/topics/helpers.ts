import { openDb, type Db } from '../../pipelines/lib/db.ts';
import { memoryLogger } from '../../pipelines/lib/log.ts';
import { ensureSchema } from '../../pipelines/lib/schema.ts';
import { compilePlan } from '../../pipelines/topics/compile.ts';
import { compileTopics, type TopicConfigInput } from '../../pipelines/topics/config-schema.ts';
import { runMatching } from '../../pipelines/topics/match-sql.ts';

export interface TextRow {
  id: string;
  title?: string | null;
  body: string;
  hashtags?: string[];
  handles?: string[];
}

/** An in-memory warehouse whose stg_mentions holds just these texts. */
export async function textsDb(rows: TextRow[]): Promise<Db> {
  const db = await openDb(':memory:');
  await ensureSchema(db);
  await db.run('create table stg_mentions (mention_id varchar, title varchar, body varchar, hashtags varchar[], mentioned_handles varchar[], lang varchar)');
  for (const row of rows) {
    await db.run(
      `insert into stg_mentions (mention_id, title, body, hashtags, mentioned_handles)
       values ($id, $title, $body, list_filter(string_split($tags, ' '), v -> v <> ''), list_filter(string_split($handles, ' '), v -> v <> ''))`,
      { id: row.id, title: row.title ?? null, body: row.body, tags: (row.hashtags ?? []).join(' '), handles: (row.handles ?? []).join(' ') },
    );
  }
  return db;
}

/** Runs the warehouse matching on texts; returns topic ids per text id, and the matched terms. */
export async function matchInDuckDb(rows: TextRow[], topics: TopicConfigInput[]): Promise<{ topics: Map<string, string[]>; terms: Map<string, string[]> }> {
  const db = await textsDb(rows);
  try {
    const plan = compilePlan(compileTopics(topics));
    await runMatching(db, plan, memoryLogger());
    const found = await db.all<{ mention_id: string; topic_id: string; matched_terms: string[] }>(
      `select topic_mentions.mention_id, topic_meta.topic_id, topic_matches.matched_terms
       from topic_matches
       inner join topic_meta on topic_meta.topic_idx = topic_matches.topic_idx
       inner join topic_mentions on topic_mentions.text_key = topic_matches.text_key
       order by 1, 2`,
    );
    const byText = new Map<string, string[]>(rows.map((r) => [r.id, []]));
    const terms = new Map<string, string[]>();
    for (const f of found) {
      byText.get(f.mention_id)!.push(f.topic_id);
      terms.set(`${f.mention_id} ${f.topic_id}`, f.matched_terms);
    }
    return { topics: byText, terms };
  } finally {
    db.close();
  }
}
