import { readFileSync } from 'node:fs';
import type { Db } from '../lib/db.ts';
import type { ListeningConfig } from '../lib/config.ts';
import { CliError } from '../lib/errors.ts';
import { queryPath } from './declaration.ts';
import { runReportQuery, setReportVariables } from './run-queries.ts';

/** What a user can set on the command line or from a notebook; anything missing takes the workspace default. */
export interface ReportParams {
  brand?: string | null;
  since?: string | null;
  until?: string | null;
  platform?: string | null;
}

/** Every value the report queries read with getvariable(), resolved for one run. */
export interface ResolvedParams {
  brand: string | null;
  platform: string | null;
  since: string | null;
  until: string | null;
  previous_since: string | null;
  previous_until: string | null;
  days: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD option, refused with exit 2 when it is not a real day. */
export function parseDay(option: string, value: string | null | undefined): string | null {
  if (value === undefined || value === null || value === '') return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (!DAY.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new CliError(`${option} '${value}' is not a day; write it as YYYY-MM-DD, e.g. ${option} 2026-10-01.`, 2);
  }
  return value;
}

async function defaultBrand(db: Db, config?: ListeningConfig): Promise<string | null> {
  const configured = config?.topics.find((topic) => topic.kind === 'brand')?.id;
  if (configured) return configured;
  const row = await db.one<{ topic_id: string }>("select topic_id from dim_topics where kind = 'brand' order by topic_id limit 1");
  return row?.topic_id ?? null;
}

async function checkBrand(db: Db, brand: string): Promise<void> {
  const brands = (await db.all<{ topic_id: string }>(readFileSync(queryPath('reports/brands'), 'utf8'))).map((row) => row.topic_id);
  if (!brands.includes(brand)) {
    throw new CliError(`--brand '${brand}' is not a brand or competitor of the warehouse. Brands: ${brands.join(', ') || '(none yet: run listen run)'}.`, 2);
  }
}

async function checkPlatform(db: Db, platform: string): Promise<void> {
  const platforms = (await db.all<{ platform: string }>('select distinct platform from fct_mentions_daily order by platform')).map((row) => row.platform);
  if (!platforms.includes(platform)) throw new CliError(`--platform '${platform}' has no mentions in the warehouse. Platforms: ${platforms.join(', ')}.`, 2);
}

/** Fills in the defaults: the configured brand, all platforms, the 28 days ending on the last day with mentions. */
export async function resolveParams(db: Db, given: ReportParams, config?: ListeningConfig): Promise<ResolvedParams> {
  const since = parseDay('--since', given.since);
  const until = parseDay('--until', given.until);
  if (since && until && since > until) throw new CliError(`--since ${since} is after --until ${until}; give a window that starts before it ends.`, 2);
  const brand = given.brand || (await defaultBrand(db, config));
  if (given.brand) await checkBrand(db, given.brand);
  const platform = given.platform || null;
  if (platform) await checkPlatform(db, platform);
  await setReportVariables(db, { since, until });
  const [window] = await runReportQuery(db, 'reports/report_window');
  return {
    brand,
    platform,
    since: (window?.since as string | null) ?? null,
    until: (window?.until as string | null) ?? null,
    previous_since: (window?.previous_since as string | null) ?? null,
    previous_until: (window?.previous_until as string | null) ?? null,
    days: Number(window?.days ?? 0),
  };
}
