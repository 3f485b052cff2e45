import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipelines/lib/db.ts';
import { memoryLogger } from '../../pipelines/lib/log.ts';
import { QUERIES_DIR, stripTrailingSemicolon } from '../../pipelines/lib/queries.ts';
import { noiseStage } from '../../pipelines/stages/noise.ts';

const STG = `create table stg_mentions (mention_id varchar, platform varchar, created_at timestamptz, title varchar, body varchar,
  author_id varchar, author_handle varchar, shared_from_id varchar)`;
const COPY_TEXTS = stripTrailingSemicolon(readFileSync(join(QUERIES_DIR, 'noise/noise_copy_texts.sql'), 'utf8'));
const START = Date.UTC(2026, 9, 1, 9, 0, 0);
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

let dir: string;
let db: Db;
const insert = (id: string, minutes: number, body: string, extra: { title?: string; shared_from_id?: string; author?: string } = {}) =>
  db.run(
    'insert into stg_mentions values ($id, $platform, $created_at::timestamptz, $title, $body, $author, null, $shared)',
    { id, platform: 'x', created_at: at(minutes), title: extra.title ?? null, body, author: extra.author ?? `a-${id}`, shared: extra.shared_from_id ?? null },
  );

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'noise-copy-texts-'));
  db = await openDb(join(dir, 'w.duckdb'));
  await db.run(STG);
  await db.run(readFileSync(join(QUERIES_DIR, 'ddl/mention_noise.sql'), 'utf8'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('noise: folding texts before comparing them', () => {
  it('folds case, accents (composed or not), links, handles, a leading RT and punctuation, ASCII or not', async () => {
    const bodies = [
      'Café Crème at Pakkit, 50% OFF! https://x.example/a @Zoë_1',
      'Cafe\u0301 Cre\u0300me at PAKKIT 50% off http://x.example/b',
      'rt Plain ASCII text -- with punctuation...',
      'İstanbul ŞEHİR teslimat 😍 çok hızlı',
    ];
    for (const [i, body] of bodies.entries()) await insert(`m${i}`, i, body);
    await insert('repost', 9, 'Reposted text', { shared_from_id: 'm0' });
    await insert('rt', 9, 'RT @someone: Reposted text');
    const rows = await db.all<{ text: string; copy_text: string }>(`select * from (${COPY_TEXTS}) order by text`);
    const folded = new Map(rows.map((row) => [row.text, row.copy_text]));
    expect(folded.get(bodies[0])).toBe('cafe creme at pakkit 50 off');
    expect(folded.get(bodies[1])).toBe('cafe creme at pakkit 50 off');
    expect(folded.get(bodies[2])).toBe('plain ascii text with punctuation');
    const reference = await db.one<{ copy_text: string }>(
      `select trim(regexp_replace(regexp_replace(lower(strip_accents($text)), 'https?://\\S+|@[\\p{L}\\p{N}_.]+|^rt\\s', ' ', 'g'), '[^\\p{L}\\p{N}]+', ' ', 'g')) as copy_text`,
      { text: bodies[3] },
    );
    expect(folded.get(bodies[3])).toBe(reference!.copy_text);
    expect(rows).toHaveLength(4);
  });

  it('flags copies that differ only in accents, keeps the first of copies posted at the same minute, and never flags reposts', async () => {
    const text = 'Crème brûlée week at Pakkit, every dessert half price';
    await insert('c0', 0, text);
    await insert('c1', 0, text.normalize('NFD'));
    await insert('c2', 5, 'Creme brulee week at Pakkit: every dessert half price!');
    await insert('c3', 9, text.toUpperCase());
    await insert('c4', 12, `${text} https://pakk.example/x`);
    await insert('r0', 13, text, { shared_from_id: 'c0' });
    const result = await noiseStage.run({ db, options: noiseStage.defaults, log: memoryLogger(), now: new Date(), runId: 'test', root: dir });
    expect(result.rows).toBe(6);
    const rows = await db.all<{ mention_id: string; is_near_duplicate: boolean; duplicate_cluster_id: string | null }>(
      'select mention_id, is_near_duplicate, duplicate_cluster_id from mention_noise order by mention_id',
    );
    const first = rows.find((row) => row.mention_id.startsWith('c') && !row.is_near_duplicate)!.mention_id;
    expect(['c0', 'c1']).toContain(first);
    expect(rows.filter((row) => row.is_near_duplicate).map((row) => row.mention_id).sort()).toEqual(['c0', 'c1', 'c2', 'c3', 'c4'].filter((id) => id !== first));
    expect(rows.find((row) => row.mention_id === 'r0')).toEqual({ mention_id: 'r0', is_near_duplicate: false, duplicate_cluster_id: null });
    expect(new Set(rows.filter((row) => row.mention_id.startsWith('c')).map((row) => row.duplicate_cluster_id))).toEqual(new Set([`dup:${first}`]));
  });
});
