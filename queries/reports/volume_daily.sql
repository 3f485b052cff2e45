-- Mentions and net sentiment per day of every brand and competitor in the window, on one platform
-- (getvariable('platform')) or all of them. Days without mentions are zeros (fct_volume_daily).
with series as (
  select *
  from fct_volume_daily
  where platform = coalesce(getvariable('platform'), 'all')
    and lang = 'all'
    and created_date between getvariable('since')::date and getvariable('until')::date
),

brands as (
  select topic_id, name
  from dim_topics
  where kind in ('brand', 'competitor')
),

final as (
  select
    series.topic_id,
    brands.name as topic_name,
    strftime(series.created_date, '%Y-%m-%d') as day,
    series.mentions,
    series.positive,
    series.negative,
    series.neutral,
    round(series.net_sentiment, 4) as net_sentiment,
    series.reach
  from series
  inner join brands on brands.topic_id = series.topic_id
  order by series.topic_id, series.created_date
)

select * from final
