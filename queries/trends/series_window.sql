-- The mentions of each alert's series (driver_alerts) from its baseline start to its day, keyed by
-- alert_id: every mention of the day tested (only its negative ones for a negative_volume or
-- net_sentiment alert, by brand-level sentiment when the topic has it), and a deterministic sample of
-- at most $max_docs mentions of the days before, whatever their sentiment, as the reference of what
-- is usually said. One pass for all alerts over the trend_mentions table the stage builds once per run:
-- each alert day × platform × language it covers is one hash-join key, and baseline mentions are
-- thinned by a hash to about per_million per million before the sample is drawn, so the sort stays small.
with alerts as (
  select * from driver_alerts
),

series_values as (
  select distinct platform, lang from trend_mentions
),

alert_days as (
  select *, unnest(generate_series(from_date, day, interval 1 day))::date as created_date from alerts
),

alert_keys as (
  select
    alert_days.alert_id,
    alert_days.topic_id,
    alert_days.day,
    alert_days.negative_only,
    alert_days.created_date,
    series_values.platform,
    series_values.lang,
    case when alert_days.created_date = alert_days.day then 1000000 else alert_days.per_million end as keep_below
  from alert_days
  inner join series_values
    on (alert_days.platform = 'all' or series_values.platform = alert_days.platform)
    and (alert_days.lang = 'all' or series_values.lang = alert_days.lang)
),

candidates as (
  select
    alert_keys.alert_id,
    alert_keys.topic_id,
    alert_keys.negative_only,
    mentions.mention_id,
    mentions.created_date = alert_keys.day as is_spike,
    mentions.created_at,
    mentions.platform,
    mentions.lang,
    mentions.text_key,
    mentions.hashtags,
    mentions.sentiment_label
  from trend_mentions as mentions
  inner join alert_keys
    on alert_keys.created_date = mentions.created_date
    and alert_keys.platform = mentions.platform
    and alert_keys.lang = mentions.lang
    and mentions.sample_key < alert_keys.keep_below
),

-- A topic's sentiment toward a mention wins over the mention's own (brand-level labels).
topic_series as (
  select
    candidates.alert_id,
    candidates.mention_id,
    any_value(candidates.negative_only) as negative_only,
    any_value(candidates.is_spike) as is_spike,
    any_value(candidates.created_at) as created_at,
    any_value(candidates.platform) as platform,
    any_value(candidates.lang) as lang,
    any_value(candidates.text_key) as text_key,
    any_value(candidates.hashtags) as hashtags,
    coalesce(any_value(mention_topics.brand_sentiment_label), any_value(candidates.sentiment_label)) as sentiment_label
  from candidates
  inner join mention_topics
    on mention_topics.mention_id = candidates.mention_id
    and mention_topics.topic_id = candidates.topic_id
  where candidates.topic_id <> 'all'
  group by candidates.alert_id, candidates.mention_id
),

in_series as (
  select alert_id, mention_id, negative_only, is_spike, created_at, platform, lang, text_key, hashtags, sentiment_label
  from candidates
  where topic_id = 'all'
  union all
  select alert_id, mention_id, negative_only, is_spike, created_at, platform, lang, text_key, hashtags, sentiment_label
  from topic_series
),

final as (
  select alert_id, mention_id, is_spike, created_at, platform, lang, text_key, hashtags, sentiment_label
  from in_series
  where not negative_only or sentiment_label = 'negative' or not is_spike
  qualify is_spike or row_number() over (partition by alert_id, is_spike order by hash(mention_id)) <= $max_docs
)

select * from final
