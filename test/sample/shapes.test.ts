import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BRANDWATCH_HEADER } from '../../pipelines/sample/writers/brandwatch.ts';
import { GENERIC_HEADER } from '../../pipelines/sample/writers/generic-csv.ts';
import { MELTWATER_HEADER } from '../../pipelines/sample/writers/meltwater.ts';
import { TALKWALKER_HEADER } from '../../pipelines/sample/writers/talkwalker.ts';
import { codePointOffset } from '../../pipelines/sample/writers/text.ts';
import { generated } from './fixture.ts';
import { meltwaterText, xPages } from './load.ts';
import { jsonLines, parseDelimited, readUtf8 } from './parse.ts';

let dir = '';

beforeAll(async () => {
  dir = (await generated()).dir;
});

describe('sample export shapes', () => {
  it('generic CSV has the agreed header, RFC 4180 quoting and both time forms', () => {
    const records = parseDelimited(readUtf8(dir, 'generic/mentions.csv'));
    expect(records[0]!.fields).toEqual([...GENERIC_HEADER]);
    const texts = records.slice(1).map((r) => r.fields[8] ?? '');
    expect(texts.some((t) => t.includes('\n'))).toBe(true);
    expect(texts.some((t) => t.includes(','))).toBe(true);
    expect(texts.some((t) => t.includes('"'))).toBe(true);
    const created = records.slice(1).map((r) => r.fields[2] ?? '');
    expect(created.filter((c) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(c)).length).toBeGreaterThan(300);
    expect(created.filter((c) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/.test(c)).length).toBeGreaterThan(300);
    const emptyLang = records.slice(1).filter((r) => r.fields.length === 17 && r.fields[9] === '').length;
    expect(emptyLang / records.length).toBeGreaterThan(0.05);
    expect(emptyLang / records.length).toBeLessThan(0.15);
  });

  it('Brandwatch export starts with a BOM and a six-line preamble before its header', () => {
    const text = readUtf8(dir, 'brandwatch/mentions-export.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines.slice(0, 5).map((l) => l.split(',')[0])).toEqual(['Report:', 'Brand:', 'From:', 'To:', 'Label:']);
    expect(lines[5]).toBe('');
    expect(lines[6]).toBe(BRANDWATCH_HEADER.map((h) => h).join(','));
    const rows = parseDelimited(lines.slice(7).join('\r\n'));
    expect(rows.every((r) => r.fields.length === BRANDWATCH_HEADER.length)).toBe(true);
    expect(rows.every((r) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.0$/.test(r.fields[2]!))).toBe(true);
    const tweetUrls = rows.filter((r) => r.fields[7] === 'twitter').map((r) => r.fields[4]!);
    expect(tweetUrls.every((u) => /^https:\/\/twitter\.com\/\w+\/status\/\d+$/.test(u))).toBe(true);
  });

  it('Meltwater export is UTF-16 LE with a BOM, tab-separated, with 12-hour times', () => {
    const bytes = readFileSync(join(dir, 'meltwater/export.csv'));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const records = parseDelimited(meltwaterText(dir), '\t');
    expect(records[0]!.fields).toEqual([...MELTWATER_HEADER]);
    const body = records.slice(1);
    expect(body.every((r) => r.fields.length === MELTWATER_HEADER.length)).toBe(true);
    expect(body.every((r) => /^\d\d-[A-Z][a-z]{2}-\d{4}$/.test(r.fields[0]!) && /^\d\d:\d\d [AP]M$/.test(r.fields[1]!))).toBe(true);
    expect(new Set(body.map((r) => r.fields[10]))).toEqual(new Set(['English', 'Turkish', 'Arabic', 'Hungarian', 'Spanish', 'German']));
    expect(body.filter((r) => r.fields[6] === 'X').every((r) => /^\d+$/.test(r.fields[21]!) && r.fields[8]!.startsWith('@'))).toBe(true);
  });

  it('Talkwalker results mix epoch-millisecond and text timestamps and use x.com status URLs', () => {
    const records = parseDelimited(readUtf8(dir, 'talkwalker/results.csv'));
    expect(records[0]!.fields).toEqual([...TALKWALKER_HEADER]);
    const published = records.slice(1).map((r) => r.fields[1]!);
    expect(published.some((p) => /^\d{13}$/.test(p))).toBe(true);
    expect(published.some((p) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(p))).toBe(true);
    const tweets = records.slice(1).filter((r) => r.fields[5] === 'SOCIALMEDIA_TWITTER');
    expect(tweets.every((r) => /^https:\/\/x\.com\/\w+\/status\/\d+$/.test(r.fields[0]!))).toBe(true);
    expect(records.slice(1).every((r) => Number(r.fields[17]) >= -5 && Number(r.fields[17]) <= 5)).toBe(true);
  });

  it('X dump pages carry users, referenced tweets, entity offsets in code points and pagination tokens', () => {
    const pages = xPages(dir);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => {
      expect(p.meta.result_count).toBe(p.data.length);
      expect(Boolean(p.meta.next_token)).toBe(i < pages.length - 1);
    });
    const tweets = pages.flatMap((p) => p.data) as unknown as Record<string, any>[];
    expect(tweets.every((t) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/.test(t.created_at))).toBe(true);
    expect(tweets.filter((t) => t.referenced_tweets?.[0]?.type === 'retweeted').every((t) => t.text.startsWith('RT @'))).toBe(true);
    for (const t of tweets) {
      const chars = [...t.text];
      for (const h of t.entities?.hashtags ?? []) expect(chars.slice(h.start, h.end).join('')).toBe(`#${h.tag}`);
      for (const m of t.entities?.mentions ?? []) expect(chars.slice(m.start, m.end).join('').toLowerCase()).toBe(`@${m.username}`.toLowerCase());
    }
    expect(codePointOffset('a😀b', 3)).toBe(2);
  });

  it('Reddit dump mixes comments and submissions with numeric and string created_utc', () => {
    const docs = jsonLines(dir, 'reddit/comments.ndjson');
    const comments = docs.filter((d) => 'body' in d);
    const submissions = docs.filter((d) => 'title' in d);
    expect(comments.length + submissions.length).toBe(docs.length);
    expect(comments.every((c) => /^t[13]_/.test(String(c.parent_id)) && /^t3_/.test(String(c.link_id)))).toBe(true);
    expect(docs.some((d) => typeof d.created_utc === 'string')).toBe(true);
    expect(docs.filter((d) => typeof d.created_utc === 'number').length).toBeGreaterThan(docs.length * 0.8);
  });
});
