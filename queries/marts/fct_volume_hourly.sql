-- Hourly series (UTC hours) per brand/topic, per platform and per language, shaped as
-- fct_volume_daily: topic_id 'all' is every mention, platform and lang 'all' the rollups, and every
-- series has a row for every hour of the data's span, zero when nothing was said. Unlike the daily
-- mart there is no platform × language cross: at 1,440 hours a series it would triple the table.
with tagged as (
  select * from fct_topic_mentions
),

counts as (
  select
    topic_id,
    created_hour,
    case when grouping(platform) = 1 then 'all' else platform end as platform,
    case when grouping(lang) = 1 then 'all' else lang end as lang,
    count(*) as mentions,
    count(*) filter (where sentiment_label = 'positive') as positive,
    count(*) filter (where sentiment_label = 'negative') as negative,
    count(*) filter (where sentiment_label = 'neutral') as neutral,
    avg(sentiment_score) as mean_sentiment_score,
    sum(reach) as reach,
    sum(engagement) as engagement
  from tagged
  group by grouping sets ((topic_id, created_hour, platform), (topic_id, created_hour, lang), (topic_id, created_hour))
),

hours as (
  select hour as created_hour
  from (select min(created_hour) as first_hour, max(created_hour) as last_hour from tagged) as span,
    generate_series(span.first_hour, span.last_hour, interval 1 hour) as hours(hour)
),

series as (
  select distinct topic_id, platform, lang from counts
),

final as (
  select
    series.topic_id,
    series.platform,
    series.lang,
    hours.created_hour,
    cast(hours.created_hour as date) as created_date,
    hour(hours.created_hour) as hour_of_day,
    coalesce(counts.mentions, 0) as mentions,
    coalesce(counts.positive, 0) as positive,
    coalesce(counts.negative, 0) as negative,
    coalesce(counts.neutral, 0) as neutral,
    (coalesce(counts.positive, 0) - coalesce(counts.negative, 0)) / nullif(counts.mentions, 0) as net_sentiment,
    counts.mean_sentiment_score,
    coalesce(counts.reach, 0) as reach,
    coalesce(counts.engagement, 0) as engagement
  from series
  cross join hours
  left join counts
    on counts.topic_id = series.topic_id
    and counts.platform = series.platform
    and counts.lang = series.lang
    and counts.created_hour = hours.created_hour
)

select * from final
