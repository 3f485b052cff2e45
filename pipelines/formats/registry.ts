import { brand24 } from './brand24.ts';
import { brandwatch } from './brandwatch.ts';
import { normalizeHeader } from './fields.ts';
import type { TabularFormat } from './format.ts';
import { generic } from './generic.ts';
import { meltwater } from './meltwater.ts';
import { reddit } from './reddit.ts';
import { sprinklr } from './sprinklr.ts';
import { talkwalker } from './talkwalker.ts';

/** Tried in order: specific shapes first, the generic table last. */
export const TABULAR_FORMATS: TabularFormat[] = [brandwatch, talkwalker, meltwater, sprinklr, brand24, reddit, generic];

/** Nested X API v2 responses load through their own SQL (queries/ingest/x_api_v2_tweets.sql). */
export const X_API_V2 = { name: 'x_api_v2', label: 'X/Twitter API v2 responses', rawTable: 'raw_x_api_v2' } as const;

export const RAW_TABLES = [...TABULAR_FORMATS.map((f) => f.rawTable), X_API_V2.rawTable];

export function formatByName(name: string): TabularFormat | undefined {
  return TABULAR_FORMATS.find((f) => f.name === name);
}

export function detectFormat(headers: string[]): TabularFormat {
  const normalized = new Set(headers.map(normalizeHeader));
  return TABULAR_FORMATS.find((f) => f.detect(normalized)) ?? generic;
}
