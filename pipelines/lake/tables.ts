/** A warehouse table as it goes into the lake. */
export interface LakeTable {
  name: string;
  /** Hive partitions `platform=…/month=YYYY-MM`, the month taken from this timestamp column in UTC. */
  monthFrom?: string;
}

/**
 * What a Spark or Trino user needs to query the listening data: the mention-grain tables partitioned by
 * platform and month, dims and marts whole. Raw, staging and run bookkeeping stay in the warehouse.
 */
export const LAKE_TABLES: LakeTable[] = [
  { name: 'fct_mentions', monthFrom: 'created_at' },
  { name: 'fct_topic_mentions', monthFrom: 'created_hour' },
  { name: 'mention_sentiment' },
  { name: 'mention_topics' },
  { name: 'mention_noise' },
  { name: 'mention_root_cause' },
  { name: 'dim_topics' },
  { name: 'dim_authors' },
  { name: 'fct_mentions_daily' },
  { name: 'fct_volume_daily' },
  { name: 'fct_volume_hourly' },
  { name: 'fct_share_of_voice_daily' },
  { name: 'fct_share_of_voice_weekly' },
  { name: 'fct_brand_advocates' },
  { name: 'fct_author_influence_history' },
  { name: 'fct_alerts' },
  { name: 'fct_emerging_terms' },
  { name: 'fct_root_causes' },
  { name: 'fct_root_cause_daily' },
];

export const PARTITION_COLUMNS = ['platform', 'month'];

/**
 * DuckDB types Parquet readers elsewhere do not share, and what the lake stores instead: HUGEINT would
 * be written as DOUBLE (losing digits), and Parquet's JSON annotation is not read by every engine.
 */
export function lakeType(warehouseType: string): string {
  return warehouseType.replace(/\bHUGEINT\b/g, 'DECIMAL(38,0)').replace(/\bJSON\b/g, 'VARCHAR');
}
