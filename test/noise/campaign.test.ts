import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plain, tempWorkspace, type TempWorkspace } from '../ingest/helpers.ts';

const START = Date.UTC(2026, 9, 1, 9, 0, 0);
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();
const CAMPAIGN = [
  'Get 50% off your first Pakkit order with code SAVE50, today only! https://pakk.example/a',
  'Get 50% off your first Pakkit order with code SAVE50 today only 🔥',
  'get 50% off your first pakkit order with code SAVE50, today only!!',
  'WOW get 50% off your first Pakkit order with code SAVE50 today only https://pakk.example/b',
  'Get 50% off your first Pakkit order with code SAVE50 today only @friend',
  'Get 50% off your first Pakkit order with code SAVE50 today only',
  'Get 50 % off your first Pakkit order with code SAVE50 - today only',
  'Get 50% off your first Pakkit order with code SAVE50 today only, go',
];
const ORGANIC = [
  'Pakkit was late again tonight, 40 minutes',
  'Rushbee courier was super friendly today',
  'Grubzy groceries arrived early, nice',
  'is Pakkit open on Sunday mornings in Dublin?',
  'switched from Rushbee to Pakkit, much better',
  'Pakkit app crashes at checkout every time',
];

/** A copy-paste campaign (8 accounts in 70 minutes), a bot posting 25 times in 50 minutes, and people talking. */
function exportCsv(): string {
  const lines = ['id,platform,created_at,author,text,lang'];
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  CAMPAIGN.forEach((text, i) => lines.push(`c${i},twitter,${at(i * 10)},promo${i},${quote(text)},en`));
  for (let i = 0; i < 25; i++) lines.push(`b${i},twitter,${at(300 + i * 2)},dealbot,${quote(`Rushbee deal number ${i}: item ${i * 7} now cheaper than ever`)},en`);
  ORGANIC.forEach((text, i) => lines.push(`o${i},twitter,${at(600 + i * 600)},person${i},${quote(text)},en`));
  // The same words posted by people days apart are not a campaign.
  for (let d = 0; d < 6; d++) lines.push(`s${d},twitter,${at(2000 + d * 1440)},fan${d},${quote('Pakkit has a new logo apparently, what do you think')},en`);
  return `${lines.join('\n')}\n`;
}

describe('noise: near-duplicates and machine-rate authors', () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    ws = tempWorkspace('noise');
    writeFileSync(
      join(ws.root, 'listening.config.ts'),
      "export default { topics: [{ id: 'pakkit', name: 'Pakkit', kind: 'brand' }, { id: 'rushbee', name: 'Rushbee', kind: 'competitor' }] };\n",
    );
    ws.write('campaign.csv', exportCsv());
    await ws.run();
  }, 120_000);
  afterAll(() => ws.cleanup());

  it('flags every copy of the campaign but its first, under one cluster id', async () => {
    const rows = await ws.query<{ mention_id: string; is_near_duplicate: boolean; duplicate_cluster_id: string | null; reason: string | null }>(
      "select mention_id, is_near_duplicate, duplicate_cluster_id, reason from mention_noise where mention_id like 'x:c%' order by mention_id",
    );
    expect(rows.map((r) => r.is_near_duplicate)).toEqual([false, true, true, true, true, true, true, true]);
    expect(new Set(rows.map((r) => r.duplicate_cluster_id))).toEqual(new Set(['dup:x:c0']));
    expect(rows[1].reason).toBe('copy in a burst of 8 near-identical texts from 8 account(s) within 1.2 h (first x:c0)');
    expect(rows[0].reason).toBe('first of 8 near-identical texts from 8 account(s) within 1.2 h (first x:c0)');
  });

  it('flags the author posting at a machine rate, and no one else', async () => {
    const flagged = await ws.query<{ author: string; n: number }>(
      `select split_part(mention_id, ':', 2)[1] as author, count(*)::int as n from mention_noise where is_machine_rate_author group by all`,
    );
    expect(flagged).toEqual([{ author: 'b', n: 25 }]);
    const reason = await ws.query<{ reason: string }>("select reason from mention_noise where mention_id = 'x:b0'");
    expect(reason[0].reason).toBe('author x:dealbot posted 25 mentions within 60 minutes (machine rate: 20 or more)');
  });

  it('leaves people alone, even when they repeat a phrase days apart', async () => {
    const rows = await ws.query<{ n: number }>(
      "select count(*)::int as n from mention_noise where (mention_id like 'x:o%' or mention_id like 'x:s%') and (is_near_duplicate or is_machine_rate_author or duplicate_cluster_id is not null)",
    );
    expect(rows).toEqual([{ n: 0 }]);
    expect(await ws.query('select count(*)::int as n from mention_noise')).toEqual(await ws.query('select count(*)::int as n from fct_mentions'));
  });

  it('counts noise apart in share of voice without dropping anything', async () => {
    const sov = plain(
      await ws.query(
        `select topic_id, sum(volume) as volume, sum(volume_excluding_noise) as kept, sum(noise_removed) as removed,
                sum(near_duplicates) as near_duplicates, sum(machine_rate_mentions) as machine_rate
         from fct_share_of_voice_daily group by topic_id order by topic_id`,
      ),
    );
    expect(sov).toEqual([
      { topic_id: 'pakkit', volume: 8 + 4 + 6, kept: 1 + 4 + 6, removed: 7, near_duplicates: 7, machine_rate: 0 },
      { topic_id: 'rushbee', volume: 25 + 2, kept: 2, removed: 25, near_duplicates: 0, machine_rate: 25 },
    ]);
  });
});
