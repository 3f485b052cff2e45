import { readFileSync } from 'node:fs';
import type { Db } from '../lib/db.ts';
import { formatCount } from '../lib/log.ts';
import { QUERIES_DIR, stripTrailingSemicolon } from '../lib/queries.ts';
import { defineStage } from '../lib/stage.ts';
import { clusterSignatures, TextSigner } from '../noise/cluster-texts.ts';
import { appendRows } from '../topics/append-rows.ts';

export interface NoiseOptions {
  /** Estimated Jaccard similarity (word pairs) at or above which two texts are near-duplicates. */
  similarity: number;
  /** Texts shorter than this many words are not compared (short texts coincide by chance). */
  minWords: number;
  /** Copies form a burst while each follows the previous within this many minutes (campaigns and bots are fast; people repeating a phrase are not). */
  gapMinutes: number;
  /** A burst with at least this many copies is a copy-paste campaign or bot output. */
  minCopies: number;
  /** An author posting `ratePosts` or more mentions within `rateMinutes` posts at machine rate. */
  rateMinutes: number;
  ratePosts: number;
}

const sql = (name: string) => stripTrailingSemicolon(readFileSync(`${QUERIES_DIR}noise/${name}.sql`, 'utf8'));
const SQL = {
  copyTexts: sql('noise_copy_texts'),
  distinct: sql('noise_distinct_texts'),
  mentions: sql('noise_mentions'),
  rows: sql('mention_noise_rows'),
};
const TEMP_TABLES = ['noise_copy_texts', 'noise_distinct_texts', 'noise_mentions', 'noise_text_clusters'];
/** Texts read into JS at a time to be signed: only their signatures stay. */
const SIGN_BATCH = 50_000;
const CLUSTER = { bands: 8, rows: 4 };

async function clusterDistinctTexts(db: Db, similarity: number): Promise<{ texts: number; joined: { text_key: number; cluster_key: number }[] }> {
  const count = Number((await db.one<{ n: bigint }>('select count(*) as n from noise_distinct_texts'))?.n ?? 0);
  const options = { similarity, ...CLUSTER };
  const signer = new TextSigner(count, options);
  for (let from = 0; from < count; from += SIGN_BATCH) {
    const rows = await db.all<{ copy_text: string }>(
      'select copy_text from noise_distinct_texts where text_key >= $from and text_key < $to order by text_key',
      { from, to: from + SIGN_BATCH },
    );
    signer.sign(rows.map((row) => row.copy_text), from);
  }
  const joined: { text_key: number; cluster_key: number }[] = [];
  clusterSignatures(signer, options).forEach((root, i) => root !== i && joined.push({ text_key: i, cluster_key: root }));
  return { texts: count, joined };
}

export const noiseStage = defineStage<NoiseOptions>({
  name: 'noise',
  description: 'Flag near-duplicate bursts (copy-paste campaigns, bot texts) and authors posting at machine rates, with the reason for each flag.',
  reads: ['stg_mentions'],
  writes: ['mention_noise'],
  defaults: { similarity: 0.7, minWords: 5, gapMinutes: 60, minCopies: 5, rateMinutes: 60, ratePosts: 20 },
  fingerprint: () => Object.values(SQL).join('\n'),
  async run({ db, options, log }) {
    // The work tables are made outside the transaction: DuckDB reads tables created inside one from
    // transaction-local storage, which slowed the insert. Only the writes to mention_noise need to be atomic.
    try {
      await db.run(`create or replace temp table noise_copy_texts as ${SQL.copyTexts}`);
      await db.run(`create or replace temp table noise_distinct_texts as ${SQL.distinct}`, { min_words: options.minWords });
      await db.run(`create or replace temp table noise_mentions as ${SQL.mentions}`);
      const { texts, joined } = await clusterDistinctTexts(db, options.similarity);
      await db.run('create or replace temp table noise_text_clusters (text_key integer, cluster_key integer)');
      await appendRows(db, 'noise_text_clusters', ['text_key', 'cluster_key'], joined);
      const params = { gap_minutes: options.gapMinutes, min_copies: options.minCopies, rate_minutes: options.rateMinutes, rate_posts: options.ratePosts };
      const rows = await db.transaction(async () => {
        await db.run('delete from mention_noise');
        const inserted = await db.all<{ Count: bigint }>(`insert into mention_noise ${SQL.rows}`, params);
        return Number(inserted[0]?.Count ?? 0);
      });
      const counts = (await db.one<{ duplicates: bigint; machine: bigint }>(
        'select count(*) filter (where is_near_duplicate) as duplicates, count(*) filter (where is_machine_rate_author) as machine from mention_noise',
      ))!;
      log.info(
        `Compared ${formatCount(texts)} distinct texts: ${formatCount(counts.duplicates)} near-duplicate copies, ` +
          `${formatCount(counts.machine)} mentions by machine-rate authors flagged in mention_noise.`,
      );
      return { rows, warnings: [] };
    } finally {
      for (const table of TEMP_TABLES) await db.run(`drop table if exists ${table}`);
    }
  },
});

export default noiseStage;
