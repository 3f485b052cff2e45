import { describe, expect, it } from 'vitest';
import { compileTopics, type TopicConfigInput } from '../../pipelines/topics/config-schema.ts';
import { evaluate, matchText } from '../../pipelines/topics/matcher.ts';
import { matchInDuckDb, textsDb, type TextRow } from './helpers.ts';

const TOPICS: TopicConfigInput[] = [
  { id: 'pakkit', name: 'Pakkit', kind: 'brand', aliases: ['Pakkit app', '#pakkit', '@pakkit'], misspellings: ['Pakit', 'Pakkitt'] },
  { id: 'rushbee', name: 'Rushbee', kind: 'competitor', query: 'rushbee OR "bee express"', aliases: ['Rush Bee', '@rushbee_app'] },
  { id: 'late', name: 'Late', kind: 'topic', query: '(pakkit OR rushbee) NEAR/3 (late OR "never came")' },
  { id: 'late-first', name: 'Late first', kind: 'topic', query: 'late NEAR/2f pakkit' },
  { id: 'billing', name: 'Billing', kind: 'topic', query: '(charg* OR "double charge") NOT (crash* OR freez*)' },
  { id: 'fuzzy', name: 'Grubzy', kind: 'competitor', fuzzy: 1 },
  { id: 'green', name: 'Green', kind: 'topic', query: '#green* OR "compostable box"' },
  { id: 'turkish', name: 'Crash', kind: 'topic', query: 'çöküyor OR "uygulama kapanıyor"' },
  { id: 'arabic', name: 'Arabic', kind: 'topic', query: '"يصل pakkit" OR (pakkit NEAR/0 كتب)' },
  { id: 'three', name: 'Three words', kind: 'topic', query: '"pakkit is late" OR "is late again pakkit"' },
];

const TEXTS: TextRow[] = [
  { id: 't1', body: 'Pakkit is late again, 40 minutes' },
  { id: 't2', body: 'Rush Bee delivery was LATE' },
  { id: 't3', body: 'late dinner tonight, nothing to do with any app' },
  { id: 't4', body: 'charged twice by @pakkit for one order' },
  { id: 't5', body: 'Pakkitt app crashes and charges my card' },
  { id: 't6', body: 'Grubzi or Grubzy? Grubsy!' },
  { id: 't7', title: 'Is the #GreenBox out?', body: 'compostable box from Pakit' },
  { id: 't8', body: 'Pakkit uygulaması ÇÖKÜYOR, uygulama kapanıyor' },
  { id: 't9', body: 'see https://pakkit.example/help for late orders' },
  { id: 't10', body: 'the refund from Rushbee never came', hashtags: ['refunds'] },
  { id: 't11', body: 'nothing here', hashtags: ['pakkit'], handles: ['rushbee_app'] },
  { id: 't12', body: 'late, as usual, pakkit' },
  { id: 't13', body: 'Bee Express: pakkit is fine' },
  { id: 't14', body: 'تم خصم المبلغ مرتين من بطاقتي في Pakkit' },
  { id: 't15', body: 'المندوب لم يصل وPakkit كتب أن الطلب تم توصيله' },
  // Emoji with a variation selector (a combining mark) are no words: late is right before pakkit.
  { id: 't16', body: 'late \u2764\uFE0F \u2764\uFE0F \u2764\uFE0F pakkit' },
  { id: 't17', body: 'SEE HTTPS://PAKKIT.EXAMPLE/LATE now' },
  { id: 't18', body: 'Pâkkit ÇÖKÜYOR' },
  // The same text as t1: matched once, recorded for both mentions.
  { id: 't19', body: 'Pakkit is late again, 40 minutes' },
];

describe('matching in the warehouse', () => {
  it('agrees with the JavaScript matcher on every text and topic', async () => {
    const { topics } = await matchInDuckDb(TEXTS, TOPICS);
    const compiled = compileTopics(TOPICS);
    for (const text of TEXTS) {
      const mention = matchText({ title: text.title, body: text.body, hashtags: text.hashtags, handles: text.handles });
      const expected = compiled.filter((t) => evaluate(t.root, mention)).map((t) => t.id).sort();
      expect(topics.get(text.id), text.id).toEqual(expected);
    }
    expect(topics.get('t1')).toEqual(['late', 'pakkit', 'three']);
    expect(topics.get('t3')).toEqual([]);
    expect(topics.get('t5')).toEqual(['pakkit']);
    expect(topics.get('t6')).toEqual(['fuzzy']);
    expect(topics.get('t9')).toEqual([]);
    expect(topics.get('t11')).toEqual(['pakkit', 'rushbee']);
    expect(topics.get('t12')).toEqual(['late', 'late-first', 'pakkit']);
    expect(topics.get('t15')).toEqual(['arabic', 'pakkit']);
    expect(topics.get('t16')).toEqual(['late', 'late-first', 'pakkit']);
    expect(topics.get('t17')).toEqual([]);
    expect(topics.get('t18')).toEqual(['pakkit', 'turkish']);
    expect(topics.get('t19')).toEqual(['late', 'pakkit', 'three']);
  });

  it('records the terms that matched, in canonical form, leaving out excluded ones', async () => {
    const { terms } = await matchInDuckDb(TEXTS, TOPICS);
    expect(terms.get('t4 pakkit')).toEqual(['@pakkit', 'pakkit']);
    expect(terms.get('t4 billing')).toEqual(['charg*']);
    expect(terms.get('t5 pakkit')).toEqual(['pakkitt']);
    expect(terms.get('t1 late')).toEqual(['late', 'pakkit']);
    expect(terms.get('t7 green')).toEqual(['"compostable box"', '#green*']);
    expect(terms.get('t8 turkish')).toEqual(['"uygulama kapanıyor"', 'cokuyor']);
    expect(terms.get('t6 fuzzy')).toEqual(['grubzy~1']);
  });

  it('takes hostile query terms as text: they match literally and never reach SQL', async () => {
    const hostile: TopicConfigInput[] = [
      { id: 'quote', name: 'Quote', kind: 'topic', query: `"x'); drop table stg_mentions; --"` },
      { id: 'regex', name: 'Regex', kind: 'topic', query: '"a.+b" OR "[x]|y" OR #x OR @y' },
      { id: 'backslash', name: 'Backslash', kind: 'topic', query: String.raw`"\\' OR 1=1 --"` },
    ];
    const rows: TextRow[] = [
      { id: 'h1', body: "x'); DROP TABLE stg_mentions; --" },
      { id: 'h2', body: 'aXXb and a b' },
      { id: 'h3', body: "\\' or 1=1" },
      { id: 'h4', body: 'aXXb only, xx|yy' },
    ];
    const { topics } = await matchInDuckDb(rows, hostile);
    expect(topics.get('h1')).toEqual(['quote']);
    expect(topics.get('h2')).toEqual(['regex']);
    expect(topics.get('h3')).toEqual(['backslash']);
    expect(topics.get('h4')).toEqual([]);
    const db = await textsDb(rows);
    expect((await db.all('select count(*)::int as n from stg_mentions'))[0]).toEqual({ n: 4 });
    db.close();
  });
});
