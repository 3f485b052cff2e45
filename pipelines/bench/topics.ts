import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { literal, openDb } from '../lib/db.ts';
import { formatCount, memoryLogger, type Logger } from '../lib/log.ts';
import { ensureSchema } from '../lib/schema.ts';
import { noiseStage } from '../stages/noise.ts';
import { topicsStage } from '../stages/topics.ts';
import { compilePlan } from '../topics/compile.ts';
import { compileTopics, type TopicConfigInput } from '../topics/config-schema.ts';
import { runMatching } from '../topics/match-sql.ts';
import { benchFile, type Figure } from './measure.ts';

const WORDS = ['order', 'refund', 'courier', 'support', 'price', 'fee', 'cold', 'driver', 'login', 'checkout', 'wallet', 'market', 'prime', 'groceries', 'fast', 'slow', 'cancel', 'card', 'logo', 'terms', 'dinner', 'food', 'rain', 'update', 'payment', 'twice', 'minutes', 'never', 'again', 'better', 'worse', 'great', 'love', 'sipariş', 'pedido', 'lieferung', 'rendelés', 'kurye', 'reembolso', 'iade'];

/** The listening config's topics plus generated ones up to `count`, using every operator, as a team's queries would. */
export function benchQueries(count: number, configured: TopicConfigInput[]): TopicConfigInput[] {
  const topics = configured.slice(0, count);
  for (let i = 0; topics.length < count; i++) {
    const w = (k: number) => WORDS[(i * 7 + k * 5) % WORDS.length];
    const shapes = [
      `(${w(0)} OR ${w(1)}* OR "${w(2)} ${w(3)}") AND NOT ${w(4)}`,
      `(pakkit OR rushbee OR grubzy) NEAR/4 (${w(0)} OR ${w(1)}*)`,
      `${w(0)}* AND (${w(1)} OR ${w(2)} OR #${w(3)})`,
      `"${w(0)} ${w(1)}" OR ${w(2)}~1 OR ${w(3)}`,
    ];
    topics.push({ id: `bench-${i}`, name: `Bench ${i}`, kind: 'topic', query: shapes[i % shapes.length] });
  }
  return topics;
}

/** Topic matching (50 queries) and the noise stage over `rows` generated mentions, on a fresh warehouse. */
export async function benchTopics({ rows, log }: { rows: number; log: Logger }): Promise<Figure[]> {
  const file = benchFile(rows, log);
  const dir = mkdtempSync(join(tmpdir(), 'bench-topics-'));
  const db = await openDb(join(dir, 'bench.duckdb'));
  try {
    await ensureSchema(db);
    // The sample's generic CSV has the canonical columns the topic and noise stages read from stg_mentions.
    await db.run(
      `create table stg_mentions as
       select id as mention_id, platform, author_id, author as author_handle, try_cast(created_at as timestamptz) as created_at,
              null::varchar as title, text as body, lang, null::varchar[] as hashtags, null::varchar[] as mentioned_handles, repost_of as shared_from_id
       from read_csv(${literal(file)}, header = true, all_varchar = true, ignore_errors = true)`,
    );
    const { config } = await import('../lib/workspace.ts').then((m) => m.openWorkspace());
    const topics = compileTopics(benchQueries(50, config.topics));
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const { matches, seconds } = await runMatching(db, compilePlan(topics), memoryLogger());
    const matching = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    // The machine is shared: CPU time (DuckDB's threads run in this process) does not stretch with other jobs' load.
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    log.info(`  topics: ${Object.entries(seconds).map(([step, s]) => `${step} ${s.toFixed(2)} s`).join(', ')}`);
    const stageStarted = performance.now();
    const stage = await topicsStage.run({ db, options: { ...topicsStage.defaults, topics: config.topics, scorer: 'rules' }, log: memoryLogger(), now: new Date(), runId: 'bench', root: dir });
    const stageSeconds = (performance.now() - stageStarted) / 1000;
    const noiseStarted = performance.now();
    await noiseStage.run({ db, options: noiseStage.defaults, log: memoryLogger(), now: new Date(), runId: 'bench', root: dir });
    const noise = (performance.now() - noiseStarted) / 1000;
    return [
      { name: `topic matching, ${formatCount(rows)} mentions × ${topics.length} queries`, value: matching, unit: 's', target: rows === 1_000_000 ? '≤ 15 s' : undefined },
      { name: '  of which cutting texts into words', value: seconds.topic_texts, unit: 's' },
      { name: `  CPU time, all threads (${os.availableParallelism()} cores; wall time on an idle machine ≈ CPU / cores)`, value: cpuSeconds, unit: 's' },
      { name: 'mention-topic pairs found', value: matches, unit: 'pairs' },
      { name: `topics stage: ${config.topics.length} configured topics, per-brand clause sentiment (${formatCount(stage.rows)} rows)`, value: stageSeconds, unit: 's' },
      { name: `noise stage (near-duplicates, machine rates), ${formatCount(rows)} mentions`, value: noise, unit: 's' },
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
