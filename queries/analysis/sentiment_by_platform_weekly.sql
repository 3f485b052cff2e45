-- Sentiment by platform by week: mentions, positive/negative/neutral counts, net sentiment
-- ((positive − negative) / mentions) and mean score per ISO week (Monday start) and platform.
--
-- Parameters (getvariable; all optional):
--   brand  a brand, competitor, product or topic id, or 'all'   default 'all'
--   lang   one ISO 639-1 language or 'all'                      default 'all'
--
-- listen sql analysis/sentiment_by_platform_weekly --param brand=rushbee
-- DuckDB CLI: set variable brand = 'rushbee'; .read queries/analysis/sentiment_by_platform_weekly.sql
with topic_mentions as (
  select created_date, platform, sentiment_label, sentiment_score
  from fct_topic_mentions
  where topic_id = coalesce(getvariable('brand'), 'all')
    and (coalesce(getvariable('lang'), 'all') = 'all' or lang = getvariable('lang'))
),

weekly as (
  select
    cast(date_trunc('week', created_date) as date) as created_week,
    platform,
    count(*) as mentions,
    count(*) filter (where sentiment_label = 'positive') as positive,
    count(*) filter (where sentiment_label = 'negative') as negative,
    count(*) filter (where sentiment_label = 'neutral') as neutral,
    avg(sentiment_score) as mean_sentiment_score
  from topic_mentions
  group by all
),

final as (
  select
    created_week,
    platform,
    mentions,
    positive,
    negative,
    neutral,
    round((positive - negative) / mentions, 3) as net_sentiment,
    round(mean_sentiment_score, 3) as mean_sentiment_score
  from weekly
)

select * from final
order by created_week, mentions desc, platform
