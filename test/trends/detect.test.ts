import { describe, expect, it } from 'vitest';
import { countBaseline, detectSpikes, type DayPoint } from '../../pipelines/trends/detect.ts';
import { rankEmerging } from '../../pipelines/trends/emerging.ts';
import { findAlerts } from '../../pipelines/trends/find-alerts.ts';
import { logLikelihood } from '../../pipelines/trends/log-likelihood.ts';
import { median, scaledMad, weekdayFactors } from '../../pipelines/trends/robust.ts';
import { DEFAULT_SPIKE_OPTIONS } from '../../pipelines/trends/spike-options.ts';
import { Rng } from '../../pipelines/sample/prng.ts';
import { trendsStage } from '../../pipelines/stages/trends.ts';

/** Poisson draws (Knuth) from a seeded generator, so the series is the same on every run. */
function poissonSeries(days: number, mean: (day: number) => number, seed: number): DayPoint[] {
  const rng = new Rng(seed);
  const uniform = () => rng.float();
  const draw = (lambda: number) => {
    let k = 0;
    let p = 1;
    const limit = Math.exp(-lambda);
    do {
      k++;
      p *= uniform();
    } while (p > limit);
    return k - 1;
  };
  return Array.from({ length: days }, (_, t) => {
    const date = new Date(Date.UTC(2026, 0, 5 + t)).toISOString().slice(0, 10); // 2026-01-05 is a Monday
    const mentions = draw(mean(t));
    const negative = Math.round(mentions * 0.2);
    return { date, weekday: (t % 7) + 1, mentions, negative, net: mentions ? (mentions * 0.5 - negative) / mentions : null };
  });
}

const options = trendsStage.defaults;
const weekly = (base: number) => (t: number) => base * [1, 1, 1.1, 1.1, 1.2, 1.8, 1.6][t % 7];

describe('spike detection', () => {
  it('raises no alert on quiet series: steady, weekly-seasonal, small and large counts', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const mean of [() => 2, () => 30, weekly(25), weekly(400)]) {
        const series = [{ topicId: 't', platform: 'all', lang: 'all', points: poissonSeries(120, mean, seed) }];
        expect(findAlerts(series, options), `seed ${seed}`).toEqual([]);
      }
    }
  });

  it('does not take a weekend peak for a spike, and finds a real one on the same weekday', () => {
    const points = poissonSeries(70, weekly(40), 9);
    expect(detectSpikes(points, options)).toEqual([]);
    points[61] = { ...points[61], mentions: points[61].mentions * 3, negative: points[61].negative + 60 };
    const spikes = detectSpikes(points, options);
    expect(new Set(spikes.map((s) => s.date))).toEqual(new Set([points[61].date]));
    expect(spikes.map((s) => s.metric)).toEqual(expect.arrayContaining(['volume', 'negative_volume']));
    expect(spikes.find((s) => s.metric === 'negative_volume')?.severity).toBe('high');
  });

  it('removes a shrunken day-of-week factor before taking the median', () => {
    const values = [10, 10, 10, 10, 10, 30, 30, 10, 10, 10, 10, 10, 30, 30];
    const weekdays = values.map((_, i) => (i % 7) + 1);
    const factors = weekdayFactors(values, weekdays, 4);
    // (2 × 30 + 4 × m) / ((2 + 4) × m) with m = 220 / 14: pulled from 30/m ≈ 1.9 toward 1.
    expect(factors[6]).toBeCloseTo((60 + (4 * 220) / 14) / ((6 * 220) / 14), 10);
    const saturday = countBaseline(values, weekdays, 6, DEFAULT_SPIKE_OPTIONS);
    const monday = countBaseline(values, weekdays, 1, DEFAULT_SPIKE_OPTIONS);
    expect(saturday.expected / monday.expected).toBeCloseTo(factors[6] / factors[1], 10);
    expect(saturday.expected).toBeGreaterThan(1.4 * monday.expected);
  });

  it('floors the scale of a flat window by the Poisson deviation', () => {
    const flat = Array(28).fill(4);
    const { expected, scale } = countBaseline(flat, flat.map((_, i) => (i % 7) + 1), 3, DEFAULT_SPIKE_OPTIONS);
    expect(expected).toBe(4);
    expect(scale).toBe(2);
  });

  it('uses the median and the MAD scaled by 1.4826', () => {
    expect(median([5, 1, 3, 100])).toBe(4);
    expect(scaledMad([1, 2, 3, 4, 100])).toBeCloseTo(1.4826, 6);
  });
});

describe('log-likelihood', () => {
  it('matches Dunning’s G² on a worked table and is signed by direction', () => {
    // 10 of 100 against 10 of 1000: G² = 2 Σ O ln(O/E) over the cells 10, 90, 10, 990 (E 1.82, 98.18, 18.18, 981.82).
    expect(logLikelihood(10, 100, 10, 1000)).toBeCloseTo(22.91, 2);
    expect(logLikelihood(10, 1000, 10, 100)).toBeCloseTo(-22.91, 2);
    expect(logLikelihood(5, 100, 50, 1000)).toBeCloseTo(0, 10);
  });

  it('ranks emerging terms by G², with minimum rate ratios, per topic and kind', () => {
    const base = { recent_total: 200, baseline_total: 800, first_seen_date: null };
    const ranked = rankEmerging(
      [
        { ...base, topic_id: 'p', kind: 'hashtag', term: '#new', recent_count: 30, baseline_count: 0 },
        { ...base, topic_id: 'p', kind: 'hashtag', term: '#steady', recent_count: 30, baseline_count: 110 },
        { ...base, topic_id: 'p', kind: 'hashtag', term: '#rising', recent_count: 20, baseline_count: 10 },
      ],
      { emergingMinG2: 10.83, emergingMinRatio: 3, emergingTop: 5 },
    );
    expect(ranked.map((t) => [t.term, t.term_rank])).toEqual([['#new', 1], ['#rising', 2]]);
  });
});
