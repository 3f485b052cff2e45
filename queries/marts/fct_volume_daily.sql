-- Daily series per brand/topic, platform and language: volume, sentiment and reach. topic_id 'all'
-- is every mention; platform and lang 'all' are the rollups. Every series has a row for every day
-- of the data's span, zero when nothing was said, so baselines see the quiet days.
with tagged as (
  select * from fct_topic_mentions
),

counts as (
  select
    topic_id,
    created_date,
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
  group by grouping sets ((topic_id, created_date, platform, lang), (topic_id, created_date, platform), (topic_id, created_date, lang), (topic_id, created_date))
),

days as (
  select cast(day as date) as created_date
  from (select min(created_date) as first_day, max(created_date) as last_day from tagged) as span,
    generate_series(span.first_day, span.last_day, interval 1 day) as days(day)
),

series as (
  select distinct topic_id, platform, lang from counts
),

final as (
  select
    series.topic_id,
    series.platform,
    series.lang,
    days.created_date,
    isodow(days.created_date) as day_of_week,
    coalesce(counts.mentions, 0) as mentions,
    coalesce(counts.positive, 0) as positive,
    coalesce(counts.negative, 0) as negative,
    coalesce(counts.neutral, 0) as neutral,
    (coalesce(counts.positive, 0) - coalesce(counts.negative, 0)) / nullif(counts.mentions, 0) as net_sentiment,
    counts.mean_sentiment_score,
    coalesce(counts.reach, 0) as reach,
    coalesce(counts.engagement, 0) as engagement
  from series
  cross join days
  left join counts
    on counts.topic_id = series.topic_id
    and counts.platform = series.platform
    and counts.lang = series.lang
    and counts.created_date = days.created_date
)

select * from final
