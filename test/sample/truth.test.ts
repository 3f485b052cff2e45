import { beforeAll, describe, expect, it } from 'vitest';
import type { Truth } from '../../pipelines/sample/truth.ts';
import { generated } from './fixture.ts';
import { allRows, type Row } from './load.ts';
import { parseDelimited, readUtf8 } from './parse.ts';

let dir = '';
let truth: Truth;
let rows: Row[];
const byId = new Map<string, Row>();
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

beforeAll(async () => {
  const result = await generated();
  dir = result.dir;
  truth = result.truth;
  rows = allRows(dir);
  for (const r of rows) if (!byId.has(r.id)) byId.set(r.id, r);
});

describe('truth.json against the files', () => {
  it('counts every delivered row, unique mention and duplicate delivery', () => {
    const perFile = Object.fromEntries(truth.files.map((f) => [f.format, f.rows - f.rejectRows]));
    const readBack = rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.file]: (acc[r.file] ?? 0) + 1 }), {});
    expect(readBack).toEqual({ generic: perFile['generic-csv'], brandwatch: perFile.brandwatch, talkwalker: perFile.talkwalker, meltwater: perFile.meltwater, 'x-v2': perFile['x-v2'], reddit: perFile.reddit });
    expect(byId.size).toBe(truth.totals.uniqueMentions);
    expect(truth.totals.uniqueMentions).toBe(3000);
    expect(rows.length - byId.size).toBe(truth.totals.duplicateDeliveries);
    expect(truth.totals.rowsWritten).toBe(truth.totals.uniqueMentions + truth.totals.duplicateDeliveries + truth.totals.expectedRejects);
    const xIds = new Set(rows.filter((r) => r.file === 'x-v2').map((r) => r.id));
    expect(rows.filter((r) => r.file !== 'x-v2' && xIds.has(r.id)).length).toBeGreaterThan(5);
    expect(new Set(truth.labels!.map((l) => l[0])).size).toBe(byId.size);
    for (const [id] of truth.labels!) expect(byId.has(id!), id!).toBe(true);
  });

  it('points every reply, repost, quote and included tweet at a post present in the sample', () => {
    const refs = rows.flatMap((r) => r.refs.map((ref) => [r.id, ref] as const));
    expect(refs.length).toBeGreaterThan(500);
    const missing = refs.filter(([, ref]) => !byId.has(ref));
    expect(missing).toEqual([]);
    const context = rows.flatMap((r) => r.context ?? []);
    expect(context.length).toBeGreaterThan(50);
    expect(context.filter((id) => !byId.has(id))).toEqual([]);
    for (const [child, parent] of refs) expect(byId.get(parent)!.at, `${child} -> ${parent}`).toBeLessThanOrEqual(byId.get(child)!.at);
  });

  it('shows the negative spike of our brand in the raw daily counts', () => {
    const label = new Map(truth.labels!.map((l) => [l[0]!, l]));
    const negative = new Map<string, number>();
    const volume = new Map<string, number>();
    for (const [id, r] of byId) {
      volume.set(day(r.at), (volume.get(day(r.at)) ?? 0) + 1);
      const [, , , brand, sentiment] = label.get(id)!;
      if (brand === 'pakkit' && sentiment === 'negative') negative.set(day(r.at), (negative.get(day(r.at)) ?? 0) + 1);
    }
    const spike = truth.spike.date;
    expect(negative.get(spike)).toBe(truth.spike.negativeOnDay);
    const others = truth.daily.dates.filter((d) => d !== spike).map((d) => negative.get(d) ?? 0);
    expect(negative.get(spike)!).toBeGreaterThanOrEqual(4 * median(others));
    expect(Math.max(...others)).toBeLessThan(negative.get(spike)! / 2);
    expect(Math.max(...volume.values())).toBe(volume.get(spike));
    const crashIds = truth.themes.find((t) => t.key === truth.spike.theme)!.mentionIds!;
    expect(crashIds.filter((id) => day(byId.get(id)!.at) === spike).length).toBe(truth.spike.themeOnDay);
    expect(truth.spike.themeOnDay).toBeGreaterThan(truth.spike.negativeOnDay * 0.6);
  });

  it('lists complaint themes whose mentions carry their phrasing in several languages', () => {
    const phrases: Record<string, RegExp> = {
      delivery_delay: /late|delay|tarde|waiting|never showed|saat|dakika|kurye|retraso|esperando|repartidor|spät|warte|fahrer|تأخر|أنتظر|المندوب|késett|várok|futár/i,
      double_charge: /twice|double|billed|two payments|iki k|mükerrer|dos veces|duplicado|doble|doppelt|zweimal|مرتين|kétszer/i,
      app_crash: /crash|freez|çök|kapanıyor|donup|açılmıyor|se cierra|se cuelga|bloquea|stürzt|hängt|يتوقف|يغلق|يعلق|összeomlik|kifagy/i,
      refund_missing: /refund|iade|reembolso|devolvió|rückerstattung|geld|erstattet|الاسترداد|المبلغ|visszatérítés|visszautal|utalta/i,
    };
    for (const theme of truth.themes) {
      expect(theme.count, theme.key).toBe(theme.mentionIds!.length);
      expect(theme.count, theme.key).toBeGreaterThan(30);
      expect(Object.keys(theme.byLanguage).length, theme.key).toBeGreaterThanOrEqual(4);
      const unmatched = theme.mentionIds!.filter((id) => !phrases[theme.key]!.test(byId.get(id)!.text));
      expect(unmatched, theme.key).toEqual([]);
    }
  });

  it('names the five accounts that receive the most replies, reposts, quotes and @mentions', () => {
    const brandHandles = new Set(truth.brands.flatMap((b) => b.handles.map((h) => h.slice(1))));
    const received = new Map<string, number>();
    const bump = (handle: string) => received.set(handle, (received.get(handle) ?? 0) + 1);
    for (const [, r] of byId) {
      for (const ref of new Set(r.refs)) bump(byId.get(ref)!.author);
      for (const m of new Set(r.text.match(/@[A-Za-z0-9_.]*[A-Za-z0-9_]/g) ?? [])) if (m.slice(1) !== r.author) bump(m.slice(1));
    }
    const top = [...received].filter(([h]) => !brandHandles.has(h)).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([h]) => h);
    expect(new Set(top)).toEqual(new Set(truth.influencers.map((i) => i.handle)));
    expect(truth.influencers.every((i) => i.verified && i.followers > 200_000)).toBe(true);
  });

  it('has the emerging hashtag only in the last days, rising', () => {
    const tagged = [...byId.values()].filter((r) => /#greenbox/i.test(r.text)).map((r) => day(r.at));
    expect(tagged.length).toBe(truth.emergingHashtag.after);
    expect(truth.emergingHashtag.before).toBe(0);
    expect(tagged.every((d) => d >= truth.emergingHashtag.risesFrom)).toBe(true);
    const dates = truth.daily.dates.slice(-10);
    const count = (ds: string[]) => tagged.filter((d) => ds.includes(d)).length;
    expect(count(dates.slice(5))).toBeGreaterThan(count(dates.slice(0, 5)) * 1.5);
  });

  it('puts the malformed generic rows on the lines truth.json names', () => {
    const text = readUtf8(dir, 'generic/mentions.csv');
    const lines = text.split('\n');
    const records = parseDelimited(text);
    expect(truth.expectedRejects.length).toBeGreaterThanOrEqual(2);
    for (const reject of truth.expectedRejects) {
      expect(reject.file).toBe('generic/mentions.csv');
      expect(lines[reject.line - 1]!.startsWith(`${reject.id},`)).toBe(true);
      const record = records.find((r) => r.line === reject.line)!;
      expect(records.indexOf(record)).toBe(reject.record);
      const broken = record.fields.length !== 17 || Number.isNaN(Date.parse(record.fields[2]!));
      expect(broken, reject.reason).toBe(true);
    }
    const good = records.slice(1).filter((r) => !truth.expectedRejects.some((x) => x.line === r.line));
    expect(good.every((r) => r.fields.length === 17 && !Number.isNaN(Date.parse(r.fields[2]!)))).toBe(true);
  });
});
