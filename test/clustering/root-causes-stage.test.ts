import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../pipelines/lib/db.ts';
import { memoryLogger } from '../../pipelines/lib/log.ts';
import { runStages } from '../../pipelines/runner.ts';
import { rootCausesStage } from '../../pipelines/stages/root-causes.ts';
import { tempDir } from '../pipeline/helpers.ts';
import { sampleWarehouse, truth } from '../trends/sample-warehouse.ts';

/** Words a theme's label must contain in at least one of the sample's languages (stems, matched as substrings). */
const THEME_WORDS: Record<string, RegExp> = {
  delivery_delay: /late|delay|courier|waiting|gecik|geç|bekl|kurye|retras|tarde|verspät|spät|wart|تأخ|késik|késés|vár/i,
  double_charge: /twice|double|two payments|iki kez|mükerrer|dos veces|doble|doppelt|zweimal|مرتين|kétszer/i,
  app_crash: /crash|freez|çök|donu|cierra|bloquea|stürzt|abstürz|يتوقف|összeomlik|lefagy/i,
  refund_missing: /refund|iade|reembolso|devol|erstatt|rückzahl|استرداد|visszatérít|visszautal/i,
};

interface ThemeRow { root_cause_id: string; lang: string; key_phrases: string[]; size: number }

async function themesWithMembers(db: Db) {
  const themes = await db.all<ThemeRow>("select root_cause_id, lang, key_phrases, size from fct_root_causes where brand = 'pakkit' and not is_misc");
  const members = await db.all<{ root_cause_id: string; mention_id: string }>('select root_cause_id, mention_id from mention_root_cause');
  const byTheme = new Map<string, string[]>();
  for (const m of members) byTheme.set(m.root_cause_id, [...(byTheme.get(m.root_cause_id) ?? []), m.mention_id]);
  return themes.map((theme) => ({ ...theme, members: byTheme.get(theme.root_cause_id) ?? [] }));
}

describe('root-cause stage on the sample', () => {
  let db: Db;
  const themeOf = new Map<string, string>();
  const langOf = new Map<string, string>();
  beforeAll(async () => {
    ({ db } = await sampleWarehouse('root-causes'));
    for (const theme of truth.themes) for (const id of theme.mentionIds) themeOf.set(id, theme.key);
    for (const row of await db.all<{ mention_id: string; lang: string }>('select mention_id, lang from fct_mentions')) langOf.set(row.mention_id, row.lang);
  }, 240_000);
  afterAll(() => db?.close());

  // 69 of the 330 planted ids name no warehouse mention (Reddit ids lack their t1_/t3_ prefix; news, blog and forum
  // ids are hashed on load), so such theme mentions are unlabeled here: purity counts labeled members only.
  it('recovers each planted complaint theme as a cluster made mostly of it, whose key phrases name it', async () => {
    const clusters = await themesWithMembers(db);
    for (const theme of truth.themes) {
      const recovered = clusters.filter((cluster) => {
        const labeled = cluster.members.filter((id) => themeOf.has(id));
        const ofTheme = labeled.filter((id) => themeOf.get(id) === theme.key).length;
        return ofTheme >= 3 && ofTheme >= 0.75 * labeled.length && cluster.key_phrases.some((phrase) => THEME_WORDS[theme.key].test(phrase));
      });
      expect(recovered.map((c) => c.key_phrases.slice(0, 3).join(' / ')), theme.key).not.toEqual([]);
    }
  });

  it('gives each planted theme one cluster over all languages that holds most of its mentions (wordings and languages merged)', async () => {
    const all = (await themesWithMembers(db)).filter((cluster) => cluster.lang === 'all');
    const memberships = await db.all<{ mention_id: string }>("select mention_id from mention_root_cause inner join fct_root_causes using (root_cause_id) where brand = 'pakkit' and lang = 'all'");
    for (const theme of truth.themes) {
      const inScope = memberships.filter((m) => themeOf.get(m.mention_id) === theme.key).length;
      const own = all.filter((cluster) => {
        const labeled = cluster.members.filter((id) => themeOf.has(id));
        const ofTheme = labeled.filter((id) => themeOf.get(id) === theme.key).length;
        return ofTheme * 2 > labeled.length && ofTheme * 2 >= inScope && cluster.key_phrases.some((phrase) => THEME_WORDS[theme.key].test(phrase));
      });
      expect(own.map((c) => `${c.key_phrases.slice(0, 3).join(' / ')} (${c.size})`), theme.key).toHaveLength(1);
      const languages = new Set(truth.themes.find((t: { key: string }) => t.key === theme.key).mentionIds.filter((id: string) => own[0].members.includes(id)).map((id: string) => langOf.get(id)));
      expect(languages.size, theme.key).toBeGreaterThanOrEqual(3);
    }
  });

  it('fills the alerts of a brand with the themes that drove them', async () => {
    const rows = await db.all<{ clusters: string }>("select (drivers::json->'$.clusters')::varchar as clusters from fct_alerts where topic_id = 'pakkit' and drivers is not null");
    const named = rows.map((row) => JSON.parse(row.clusters ?? 'null')).filter(Boolean);
    expect(named.length).toBeGreaterThan(0);
    expect(named[0][0].label).toMatch(THEME_WORDS.app_crash);
  });

  it('keeps every theme id, label and membership on a second run over the same mentions, and marks none new', async () => {
    const snapshot = () => db.all<{ root_cause_id: string; label: string; size: number; is_new: boolean }>('select root_cause_id, label, size, is_new from fct_root_causes order by root_cause_id');
    const members = () => db.all<{ mention_id: string; root_cause_id: string }>('select mention_id, root_cause_id from mention_root_cause order by mention_id, root_cause_id');
    const [before, beforeMembers] = [await snapshot(), await members()];
    await runStages({ db, stages: [rootCausesStage], log: memoryLogger(), root: tempDir('root'), force: true });
    const after = await snapshot();
    expect(after.map(({ is_new, ...theme }) => theme)).toEqual(before.map(({ is_new, ...theme }) => theme));
    expect(after.filter((theme) => theme.is_new)).toEqual([]);
    expect(await members()).toEqual(beforeMembers);
  });

  it('keeps theme ids on a second run with extra mentions, and marks a theme that appears only then as new', async () => {
    const before = await db.all<{ root_cause_id: string; size: number }>("select root_cause_id, size from fct_root_causes where brand = 'pakkit' and lang = 'all' and not is_misc");
    await db.run(`create or replace table fct_mentions as select * from fct_mentions union all by name
      select * replace ('extra:' || mention_id as mention_id) from fct_mentions where mention_id in (select mention_id from mention_root_cause order by hash(mention_id) limit 40)`);
    await db.run(`insert into fct_mentions by name select 'new:' || i as mention_id, 'x' as platform, 'en' as lang, 'Pakkit greenwash scandal: plastic lids ' || i || ' in the compost box' as body, date '2026-10-29' as created_date from range(12) t(i)`);
    await db.run(`insert into mention_topics by name select mention_id, 'pakkit' as topic_id, 'brand' as topic_kind, 'negative' as brand_sentiment_label from fct_mentions where mention_id like 'extra:%' or mention_id like 'new:%'`);
    await runStages({ db, stages: [rootCausesStage], log: memoryLogger(), root: tempDir('root'), force: true });
    const after = await db.all<{ root_cause_id: string; is_new: boolean; key_phrases: string[] }>("select root_cause_id, is_new, key_phrases from fct_root_causes where brand = 'pakkit' and lang = 'all' and not is_misc");
    const afterIds = new Set(after.map((theme) => theme.root_cause_id));
    const kept = before.filter((theme) => afterIds.has(theme.root_cause_id));
    const bigBefore = before.filter((theme) => theme.size >= 10);
    expect(bigBefore.filter((theme) => afterIds.has(theme.root_cause_id)).length / bigBefore.length).toBeGreaterThanOrEqual(0.8);
    // Small clusters (3–9 mentions) may split or merge when 52 mentions arrive; on the sample about 70% of all ids persist.
    expect(kept.length / before.length).toBeGreaterThan(0.6);
    const fresh = after.filter((theme) => theme.key_phrases.some((phrase) => /greenwash|lids|compost/.test(phrase)));
    expect(fresh.length).toBe(1);
    expect(fresh[0].is_new).toBe(true);
  });
});
