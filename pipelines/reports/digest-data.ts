import type { Db } from '../lib/db.ts';
import type { ResolvedParams } from './params.ts';
import { bindParams, type QueryCache } from './render-declaration.ts';
import { runReportQuery, type Row } from './run-queries.ts';

export interface DigestData {
  params: ResolvedParams;
  brandName: string;
  kpis: Row[];
  alerts: Row[];
  advocates: Row[];
  detractors: Row[];
  terms: Row[];
  themes: Array<Row & { mentions: Row[] }>;
}

async function rows(db: Db, ref: string, cache: QueryCache): Promise<Row[]> {
  if (!cache.has(ref)) cache.set(ref, await runReportQuery(db, ref));
  return cache.get(ref)!;
}

/** The digest's tables for the run's brand and window, sharing rows with the charts through `cache`. */
export async function digestData(db: Db, params: ResolvedParams, cache: QueryCache): Promise<DigestData> {
  await bindParams(db, params);
  const brands = await rows(db, 'reports/brands', cache);
  const influencers = (await rows(db, 'reports/influencers', cache)).filter((row) => row.topic_id === params.brand);
  const mentions = await rows(db, 'reports/digest/root_cause_mentions', cache);
  const themes = (await rows(db, 'reports/root_causes', cache)).map((theme) => ({
    ...theme,
    mentions: mentions.filter((mention) => mention.root_cause_id === theme.root_cause_id),
  }));
  return {
    params,
    brandName: String(brands.find((row) => row.topic_id === params.brand)?.topic_name ?? params.brand ?? 'all brands'),
    kpis: await rows(db, 'reports/digest/kpis', cache),
    alerts: (await rows(db, 'reports/alerts_in_window', cache)).filter((row) => row.topic_id === params.brand),
    advocates: influencers.filter((row) => row.role === 'advocate'),
    detractors: influencers.filter((row) => row.role === 'detractor'),
    terms: await rows(db, 'reports/emerging_terms', cache),
    themes,
  };
}
