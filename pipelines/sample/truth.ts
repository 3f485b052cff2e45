import { BRANDS, EMERGING_HASHTAG, OURS, SPIKE_THEME, THEMES } from './brands.ts';
import type { Received } from './mentions.ts';
import { canonicalMentionId } from './ids.ts';
import { canonicalPlatform } from './platforms.ts';
import type { Timeline } from './timeline.ts';
import type { BrandKey, FormatName, Lang, Mention, SampleOptions, Sentiment, ThemeKey } from './types.ts';
import type { World } from './world.ts';
import type { WrittenFile } from './writers/writer.ts';

/** Above this many mentions truth.json keeps counts but no per-mention lists, so it stays small. */
export const LIST_LIMIT = 250_000;

/** Only the generic export carries a web post's own id; vendors' rows are keyed by URL in staging. */
const mentionId = (m: Mention, format: FormatName): string =>
  canonicalMentionId(canonicalPlatform(m.platform), m.id, m.url, { withNativeId: format === 'generic-csv' });
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export class TruthBuilder {
  readonly #listing: boolean;
  readonly #total: number[];
  readonly #oursNegative: number[];
  readonly #spikeTheme: number[];
  readonly #emerging: number[];
  readonly #themeCount = new Map<ThemeKey, number>();
  readonly #themeLang = new Map<ThemeKey, Partial<Record<Lang, number>>>();
  readonly #themeIds = new Map<ThemeKey, string[]>();
  readonly #ids = new Map<Mention, string>();
  readonly #sentiment: Record<BrandKey, Record<Sentiment, number>>;
  readonly #langs: Partial<Record<Lang, number>> = {};
  readonly #platforms: Record<string, number> = {};
  readonly #kinds: Record<string, number> = {};
  readonly #labels: (string | null)[][] = [];
  readonly #duplicates: { mentionId: string; files: string[] }[] = [];
  #duplicateCount = 0;
  #unique = 0;
  #perFormat: Partial<Record<FormatName, number>> = {};

  constructor(
    private readonly options: SampleOptions,
    private readonly timeline: Timeline,
  ) {
    this.#listing = options.rows <= LIST_LIMIT;
    const zeros = () => timeline.days.map(() => 0);
    this.#total = zeros();
    this.#oursNegative = zeros();
    this.#spikeTheme = zeros();
    this.#emerging = zeros();
    this.#sentiment = Object.fromEntries(BRANDS.map((b) => [b.key, { positive: 0, negative: 0, neutral: 0 }])) as Record<BrandKey, Record<Sentiment, number>>;
  }

  add(m: Mention, day: number, format: FormatName): void {
    this.#unique++;
    this.#perFormat[format] = (this.#perFormat[format] ?? 0) + 1;
    this.#total[day]!++;
    if (m.brand === OURS.key && m.sentiment === 'negative') {
      this.#oursNegative[day]!++;
      if (m.theme === SPIKE_THEME) this.#spikeTheme[day]!++;
    }
    if (m.hashtags.includes(EMERGING_HASHTAG)) this.#emerging[day]!++;
    this.#sentiment[m.brand][m.sentiment]++;
    this.#langs[m.lang] = (this.#langs[m.lang] ?? 0) + 1;
    const platform = canonicalPlatform(m.platform);
    this.#platforms[platform] = (this.#platforms[platform] ?? 0) + 1;
    this.#kinds[m.kind] = (this.#kinds[m.kind] ?? 0) + 1;
    if (m.theme) {
      this.#themeCount.set(m.theme, (this.#themeCount.get(m.theme) ?? 0) + 1);
      const byLang = this.#themeLang.get(m.theme) ?? {};
      byLang[m.lang] = (byLang[m.lang] ?? 0) + 1;
      this.#themeLang.set(m.theme, byLang);
    }
    if (!this.#listing) return;
    const id = mentionId(m, format);
    this.#ids.set(m, id);
    if (m.theme) {
      const ids = this.#themeIds.get(m.theme) ?? [];
      ids.push(id);
      this.#themeIds.set(m.theme, ids);
    }
    this.#labels.push([id, format, m.lang, m.brand, m.sentiment, m.theme, m.kind]);
  }

  /** A second delivery of a mention `add` has seen: its id is the one the first delivery gave it. */
  duplicate(m: Mention, files: string[]): void {
    this.#duplicateCount++;
    if (this.#listing) this.#duplicates.push({ mentionId: this.#ids.get(m)!, files });
  }

  build(world: World, received: Received, files: WrittenFile[]) {
    const { days, spikeDay, emergingFrom } = this.timeline;
    const others = this.#oursNegative.filter((_, d) => d !== spikeDay);
    const baseline = median(others);
    const inDegree = (i: number) => received.replies[i]! + received.reposts[i]! + received.quotes[i]! + received.mentions[i]!;
    const ranked = world.authors.filter((a) => !a.brand).map((a) => ({ a, n: inDegree(a.index) })).sort((x, y) => y.n - x.n || x.a.index - y.a.index);
    const firstEmerging = this.#emerging.findIndex((n) => n > 0);
    const rejects = files.flatMap((f) => f.rejects);
    const rows = files.reduce((s, f) => s + f.rows, 0);
    return {
      schemaVersion: 1,
      generator: { command: 'listen sample', rows: this.options.rows, seed: this.options.seed, formats: this.options.formats, start: this.options.start, days: this.options.days },
      window: { start: days[0]!.date, end: days[days.length - 1]!.date, days: days.length, timezone: 'UTC' },
      idRule:
        'mention_id = <platform>:<native id>, platform twitter written as x. News, blog and forum posts are keyed by their address: ' +
        "'u' and the first 16 hex digits of md5(normalize_url(url)). Reddit ids are fullnames (t1_ comments, t3_ threads). " +
        'Elsewhere the native id is the id column (generic, x-v2), Tweet Id (meltwater X rows), or is read from the URL: the ' +
        'comment_id or lc query parameter, else v, else the last path segment.',
      totals: {
        uniqueMentions: this.#unique,
        rowsWritten: rows,
        duplicateDeliveries: this.#duplicateCount,
        expectedRejects: rejects.length,
        check: 'rowsWritten = uniqueMentions + duplicateDeliveries + expectedRejects',
      },
      files: files.map((f) => ({
        file: f.file, format: f.format, encoding: f.encoding, rows: f.rows, bytes: f.bytes, headerLine: f.headerLine,
        firstDeliveries: this.#perFormat[f.format] ?? 0, duplicateRows: f.rows - (this.#perFormat[f.format] ?? 0) - f.rejects.length,
        rejectRows: f.rejects.length, ...f.notes,
      })),
      brands: BRANDS.map((b) => ({
        key: b.key, name: b.name, ours: b.ours, aliases: b.aliases, misspellings: b.misspellings, handles: [`@${b.handle}`],
        hashtags: b.hashtags.map((h) => `#${h}`), products: b.products, sentiment: this.#sentiment[b.key],
        mentions: Object.values(this.#sentiment[b.key]).reduce((s, n) => s + n, 0),
      })),
      sentimentRule: 'sentiment is the tone toward the primary brand of the mention; "switched from A to B" is negative for A. Vendor sentiment columns are noisy (about 80% agree).',
      languages: this.#langs,
      platforms: this.#platforms,
      kinds: this.#kinds,
      spike: {
        date: days[spikeDay]!.date, brand: OURS.key, sentiment: 'negative', theme: SPIKE_THEME,
        negativeOnDay: this.#oursNegative[spikeDay]!, themeOnDay: this.#spikeTheme[spikeDay]!,
        baselineMedian: baseline, baselineMean: Math.round((others.reduce((s, n) => s + n, 0) / others.length) * 100) / 100,
        ratioToMedian: Math.round((this.#oursNegative[spikeDay]! / Math.max(1, baseline)) * 100) / 100,
      },
      themes: THEMES.map((t) => ({
        key: t.key, label: t.label, brand: OURS.key, count: this.#themeCount.get(t.key) ?? 0,
        byLanguage: this.#themeLang.get(t.key) ?? {}, mentionIds: this.#listing ? (this.#themeIds.get(t.key) ?? []) : null,
      })),
      influencers: world.influencers.map((a) => ({
        platform: canonicalPlatform(a.platform), handle: a.handle, name: a.name, authorId: a.id, followers: a.followers, verified: a.verified,
        received: { replies: received.replies[a.index]!, reposts: received.reposts[a.index]!, quotes: received.quotes[a.index]!, mentions: received.mentions[a.index]! },
        rank: ranked.findIndex((r) => r.a === a) + 1,
      })),
      nextMostInteractedAccount: ((r) => (r ? { platform: canonicalPlatform(r.a.platform), handle: r.a.handle, interactionsReceived: r.n } : null))(
        ranked.find((r) => !r.a.influencer),
      ),
      emergingHashtag: {
        tag: `#${EMERGING_HASHTAG}`, risesFrom: days[emergingFrom]!.date, firstSeen: firstEmerging >= 0 ? days[firstEmerging]!.date : null,
        before: this.#emerging.slice(0, emergingFrom).reduce((s, n) => s + n, 0), after: this.#emerging.slice(emergingFrom).reduce((s, n) => s + n, 0),
      },
      daily: {
        dates: days.map((d) => d.date), mentions: this.#total, oursNegative: this.#oursNegative,
        spikeTheme: this.#spikeTheme, emergingHashtag: this.#emerging,
      },
      duplicates: { count: this.#duplicateCount, deliveries: this.#listing ? this.#duplicates : null },
      expectedRejects: rejects,
      labelColumns: ['mention_id', 'first_file_format', 'lang', 'brand', 'sentiment', 'theme', 'kind'],
      labels: this.#listing ? this.#labels : null,
    };
  }
}

export type Truth = ReturnType<TruthBuilder['build']>;
