import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipelines/lib/db.ts';
import { sampleWarehouseFile, truth } from '../trends/sample-warehouse.ts';


/** truth.json names mentions by the ids staging gives them, so the warehouse is read by those. */
const TRUTH_IDS = 'create temp table truth_ids as select mention_id, mention_id as truth_id from fct_mentions';

describe('topics on the bundled sample', () => {
  let db: Db;
  const topicsOf = async (truthIds: string[]) => {
    const rows = await db.all<{ truth_id: string; body: string; topics: string[] }>(
      `select truth_ids.truth_id, concat_ws(' ', fct_mentions.title, fct_mentions.body) as body, coalesce(list(mention_topics.topic_id) filter (where mention_topics.topic_id is not null), []) as topics
       from truth_ids
       inner join fct_mentions on fct_mentions.mention_id = truth_ids.mention_id
       left join mention_topics on mention_topics.mention_id = truth_ids.mention_id
       where list_contains(string_split($ids, ' '), truth_ids.truth_id)
       group by all`,
      { ids: truthIds.join(' ') },
    );
    expect(rows.length).toBe(truthIds.length);
    return rows;
  };

  beforeAll(async () => {
    db = await openDb(sampleWarehouseFile('topics-sample'));
    await db.run(TRUTH_IDS);
  }, 180_000);

  it('matches every planted Pakkit complaint to the pakkit brand, except copies of the one template that names no brand', async () => {
    for (const theme of truth.themes) {
      const rows = await topicsOf(theme.mentionIds);
      const missed = rows.filter((r) => !r.topics.includes('pakkit'));
      // pipelines/sample/vocab/en.ts: 'order arrived {h} hours late and the app kept saying "5 minutes away"' has no {b}.
      expect(missed.filter((r) => !/order arrived \d+ hours late and the app kept saying/.test(r.body)), theme.key).toEqual([]);
      expect(missed.every((r) => !/pa?kk?itt?/i.test(r.body)), theme.key).toBe(true);
    }
  });

  it('finds the complaint themes with the topic queries of listening.config.ts', async () => {
    const topicFor: Record<string, string> = { delivery_delay: 'delivery', double_charge: 'billing', app_crash: 'app', refund_missing: 'refunds' };
    for (const theme of truth.themes) {
      const rows = await topicsOf(theme.mentionIds);
      const recall = rows.filter((r) => r.topics.includes(topicFor[theme.key])).length / rows.length;
      expect(recall, theme.key).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('does not give Pakkit a mention that names only Rushbee', async () => {
    const rushbeeOnly = truth.labels.filter((label: string[]) => label[3] === 'rushbee').map((label: string[]) => label[0]);
    const rows = (await topicsOf(rushbeeOnly)).filter((r) => /rush ?bee|rusbee|bee express/i.test(r.body) && !/pak|grub/i.test(r.body));
    expect(rows.length).toBeGreaterThan(300);
    for (const row of rows) {
      expect(row.topics, row.body).toContain('rushbee');
      expect(row.topics, row.body).not.toContain('pakkit');
    }
  });

  it('writes dim_topics from the config, with parents and the expanded queries', async () => {
    const topics = await db.all<{ topic_id: string; kind: string; parent_id: string | null; query: string }>('select * from dim_topics order by topic_id');
    expect(topics.map((t) => `${t.topic_id}:${t.kind}:${t.parent_id ?? ''}`)).toEqual([
      'app:topic:', 'bee-express:product:rushbee', 'billing:topic:', 'delivery:topic:', 'grubzy:competitor:', 'grubzy-groceries:product:grubzy',
      'grubzy-pass:product:grubzy', 'pakkit:brand:', 'pakkit-market:product:pakkit', 'pakkit-plus:product:pakkit', 'pakkit-wallet:product:pakkit',
      'refunds:topic:', 'rushbee:competitor:', 'rushbee-prime:product:rushbee',
    ]);
    expect(topics.find((t) => t.topic_id === 'pakkit')!.query).toBe('pakkit OR "pakkit app" OR pakkitapp OR @pakkit OR #pakkit OR pakit OR pakkitt');
  });

  it('scores the sentiment toward each brand of a "switched from A to B" mention from its own side of the comparison', async () => {
    const rows = await db.all<{ body: string; topic_id: string; brand_sentiment_label: string; sentiment_label: string }>(
      `select fct_mentions.body, mention_topics.topic_id, mention_topics.brand_sentiment_label, fct_mentions.sentiment_label
       from mention_topics
       inner join fct_mentions on fct_mentions.mention_id = mention_topics.mention_id
       where regexp_matches(fct_mentions.body, '^switched from [A-Za-z@#_]+ to [A-Za-z@#_]+, much better$')
         and mention_topics.topic_kind in ('brand', 'competitor')`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      const from = row.body.split(' ')[2].replace(/[@#]|_app/g, '').toLowerCase();
      const expected = from.startsWith(row.topic_id) ? 'negative' : 'positive';
      expect(`${row.body} → ${row.topic_id}: ${row.brand_sentiment_label}`).toBe(`${row.body} → ${row.topic_id}: ${expected}`);
    }
    expect(new Set(rows.map((r) => r.sentiment_label)).size).toBe(1);
  });

  it('adds share of voice up: shares make 1 per day, platform and language; volumes equal the brand matches', async () => {
    const shares = await db.all<{ off: bigint }>(
      'select count(*) as off from (select sum(share_of_voice) as total from fct_share_of_voice_daily group by created_date, platform, lang) where abs(total - 1) > 1e-9',
    );
    expect(Number(shares[0].off)).toBe(0);
    const totals = await db.all<{ topic_id: string; daily: bigint; weekly: bigint; matches: bigint }>(
      `select mention_topics.topic_id, any_value(daily.volume) as daily, any_value(weekly.volume) as weekly, count(*) as matches
       from mention_topics
       inner join (select topic_id, sum(volume) as volume from fct_share_of_voice_daily group by all) as daily on daily.topic_id = mention_topics.topic_id
       inner join (select topic_id, sum(volume) as volume from fct_share_of_voice_weekly group by all) as weekly on weekly.topic_id = mention_topics.topic_id
       group by mention_topics.topic_id order by 1`,
    );
    expect(totals.map((t) => t.topic_id)).toEqual(['grubzy', 'pakkit', 'rushbee']);
    for (const t of totals) expect([Number(t.daily), Number(t.weekly)]).toEqual([Number(t.matches), Number(t.matches)]);
  });
});
