import { existsSync, readFileSync } from 'node:fs';
import { CliError } from '../lib/errors.ts';
import { formatCount, stderrLogger } from '../lib/log.ts';
import { QUERIES_DIR, stripTrailingSemicolon } from '../lib/queries.ts';
import { openWarehouse, openWorkspace } from '../lib/workspace.ts';
import { compilePlan } from './compile.ts';
import { compileTopics, type TopicConfigInput } from './config-schema.ts';
import { highlight } from './highlight.ts';
import { runMatching } from './match-sql.ts';
import { matchedLeaves, matchText, whyNot } from './matcher.ts';
import { topicMessages } from './messages.ts';

const sql = (name: string) => stripTrailingSemicolon(readFileSync(`${QUERIES_DIR}topics/${name}.sql`, 'utf8'));

export interface QueryTestOptions {
  limit: string;
  query?: string;
  warehouse?: string;
}

interface SampleRow {
  kind: 'match' | 'near-miss';
  mention_id: string;
  title: string | null;
  body: string | null;
  hashtags: string[] | null;
  mentioned_handles: string[] | null;
}

function pickTopic(topics: TopicConfigInput[], name: string, query: string | undefined): TopicConfigInput {
  const key = name.toLowerCase();
  const found = topics.find((t) => t.id === key || t.name.toLowerCase() === key);
  if (found) return query ? { ...found, query } : found;
  if (query) return { id: 'adhoc', name, kind: 'topic', query };
  throw new CliError(topicMessages.unknownTopic(name, topics.map((t) => t.id)), 2);
}

/** `listen query test NAME`: how many mentions match, a sample with the terms in [brackets], and near misses with the reason. */
export async function runQueryTest(name: string, options: QueryTestOptions): Promise<void> {
  const workspace = await openWorkspace({ warehouse: options.warehouse });
  const limit = Math.max(0, Number(options.limit) || 0);
  const entry = pickTopic(workspace.config.topics, name, options.query);
  let topic;
  try {
    [topic] = compileTopics([entry]);
  } catch (error) {
    const issue = (error as { issues?: { message: string }[] }).issues?.[0]?.message;
    throw new CliError(`${issue ?? (error as Error).message}\nFix the query and test it again.`, 2);
  }
  if (!existsSync(workspace.warehouse)) throw new CliError(topicMessages.noWarehouse(workspace.warehouse), 2);
  const db = await openWarehouse(workspace.warehouse, { readOnly: true });
  try {
    const started = Date.now();
    await runMatching(db, compilePlan([topic]), stderrLogger({ quiet: true }));
    const summary = (await db.one<{ mentions: bigint; matches: bigint; near_misses: bigint }>(sql('query_test_summary')))!;
    const terms = await db.all<{ term: string; mentions: bigint }>(sql('query_test_terms'));
    const sample = await db.all<SampleRow>(sql('query_test_sample'), { limit });
    const [mentions, matches, nearMisses] = [summary.mentions, summary.matches, summary.near_misses].map(Number);
    const out: string[] = [`Topic ${topic.id} (${topic.kind}): ${topic.query}`, ''];
    out.push(`${formatCount(matches)} of ${formatCount(mentions)} mentions match (${mentions ? ((100 * matches) / mentions).toFixed(1) : '0.0'} %).`);
    if (terms.length) out.push(`Terms found: ${terms.map((t) => `${t.term} ${formatCount(t.mentions)}`).join(' · ')}`);
    for (const kind of ['match', 'near-miss'] as const) {
      const rows = sample.filter((r) => r.kind === kind);
      const total = kind === 'match' ? matches : nearMisses;
      out.push('', kind === 'match'
        ? `Matches (${formatCount(rows.length)} of ${formatCount(total)}):`
        : `Near misses: ${formatCount(total)} mention(s) hold a term of the query but are left out by NOT or NEAR (${formatCount(rows.length)} shown):`);
      for (const row of rows) {
        const mention = matchText({ title: row.title, body: row.body, hashtags: row.hashtags, handles: row.mentioned_handles });
        const spans = matchedLeaves(topic.root, mention).flatMap((leaf) => leaf.found);
        out.push(`  ${row.mention_id}  ${highlight(mention.text, spans)}`);
        if (kind === 'near-miss') out.push(`      ↳ ${whyNot(topic.root, mention).join('; ')}`);
      }
    }
    process.stdout.write(`${out.join('\n')}\n`);
    process.stderr.write(
      `Tested topic ${topic.id} on ${formatCount(mentions)} mentions: ` +
        `${formatCount(matches)} match, ${formatCount(nearMisses)} near misses; ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  } finally {
    db.close();
  }
}
