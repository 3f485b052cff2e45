-- The mentions of each alert's series (driver_alerts) from its baseline start to its day, keyed by
-- alert_id: every mention of the day tested (only its negative ones for a negative_volume or
-- net_sentiment alert, by brand-level sentiment when the topic has it), and a deterministic sample of
-- at most $max_docs mentions of the days before, whatever their sentiment, as the reference of what
-- is usually said. One pass for all alerts over fct_topic_mentions, the rows the daily series count
-- (topic 'all' is every mention): each alert's topic × day × platform × language is one hash-join
-- key, and baseline mentions are thinned by a hash to about per_million per million before the sample
-- is drawn, so the sort stays small.
with alerts as (
  select * from driver_alerts
),

series_values as (
  select distinct platform, lang from fct_topic_mentions where topic_id = 'all'
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

in_series as (
  select
    alert_keys.alert_id,
    alert_keys.negative_only,
    topic_mentions.mention_id,
    topic_mentions.created_date = alert_keys.day as is_spike,
    hour(topic_mentions.created_hour) as hour_of_day,
    topic_mentions.platform,
    topic_mentions.lang,
    topic_mentions.sentiment_label
  from fct_topic_mentions as topic_mentions
  inner join alert_keys
    on alert_keys.topic_id = topic_mentions.topic_id
    and alert_keys.created_date = topic_mentions.created_date
    and alert_keys.platform = topic_mentions.platform
    and alert_keys.lang = topic_mentions.lang
    and hash(topic_mentions.mention_id) % 1000000 < alert_keys.keep_below
),

final as (
  select alert_id, mention_id, is_spike, hour_of_day, platform, lang, sentiment_label
  from in_series
  where not negative_only or sentiment_label = 'negative' or not is_spike
  qualify is_spike or row_number() over (partition by alert_id, is_spike order by hash(mention_id)) <= $max_docs
)

select * from final
