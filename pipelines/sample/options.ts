import { parseStartDate } from './timeline.ts';
import type { FormatName, SampleOptions } from './types.ts';

export const ALL_FORMATS: readonly FormatName[] = ['generic-csv', 'brandwatch', 'talkwalker', 'meltwater', 'x-v2', 'reddit'];

export const SAMPLE_DEFAULTS: SampleOptions = {
  rows: 3000,
  seed: 42,
  out: 'data/sample',
  formats: [...ALL_FORMATS],
  start: '2026-09-01',
  days: 60,
};

export class SampleOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SampleOptionError';
  }
}

export function parseFormats(list: string): FormatName[] {
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !ALL_FORMATS.includes(n as FormatName));
  if (unknown.length) throw new SampleOptionError(`Unknown format(s) ${unknown.join(', ')}. Choose from ${ALL_FORMATS.join(', ')}.`);
  return ALL_FORMATS.filter((f) => names.includes(f));
}

export function resolveOptions(partial: Partial<SampleOptions>): SampleOptions {
  const o = { ...SAMPLE_DEFAULTS, ...partial };
  if (!Number.isInteger(o.rows) || o.rows < 100) throw new SampleOptionError(`--rows must be a whole number of at least 100 (got ${o.rows}).`);
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) throw new SampleOptionError(`--seed must be a whole number from 0 to 4294967295 (got ${o.seed}).`);
  if (!Number.isInteger(o.days) || o.days < 21 || o.days > 366) throw new SampleOptionError(`--days must be from 21 to 366 so the planted trend has early weeks to compare with (got ${o.days}).`);
  try {
    parseStartDate(o.start);
  } catch {
    throw new SampleOptionError(`--start must be a date like 2026-09-01 (got ${o.start}).`);
  }
  if (o.formats.length === 0) throw new SampleOptionError(`--formats needs at least one of ${ALL_FORMATS.join(', ')}.`);
  return o;
}
