-- Headline figures of the brand (getvariable('brand')) in the window and in the previous period of
-- the same length: volume, reach, net sentiment and share of voice among brands and competitors.
with bounds as (
  select
    getvariable('since')::date as since_date,
    getvariable('until')::date as until_date,
    getvariable('previous_since')::date as previous_since_date,
    getvariable('previous_until')::date as previous_until_date
),

series as (
  select fct_volume_daily.*
  from fct_volume_daily
  where fct_volume_daily.platform = coalesce(getvariable('platform'), 'all')
    and fct_volume_daily.lang = 'all'
),

brand_periods as (
  select
    case when series.created_date >= bounds.since_date then 'current' else 'previous' end as period,
    sum(series.mentions) as volume,
    sum(series.reach) as reach,
    (sum(series.positive) - sum(series.negative)) / nullif(sum(series.mentions), 0) as net_sentiment
  from series
  cross join bounds
  where series.topic_id = getvariable('brand')
    and series.created_date between bounds.previous_since_date and bounds.until_date
  group by all
),

voice as (
  select
    case when fct_share_of_voice_daily.created_date >= bounds.since_date then 'current' else 'previous' end as period,
    sum(fct_share_of_voice_daily.volume) filter (where fct_share_of_voice_daily.topic_id = getvariable('brand'))
      / nullif(sum(fct_share_of_voice_daily.volume), 0) as share_of_voice
  from fct_share_of_voice_daily
  cross join bounds
  where fct_share_of_voice_daily.created_date between bounds.previous_since_date and bounds.until_date
    and (getvariable('platform') is null or fct_share_of_voice_daily.platform = getvariable('platform'))
  group by all
),

periods as (
  select 'current' as period
  union all
  select 'previous'
),

joined as (
  select
    periods.period,
    cast(coalesce(brand_periods.volume, 0) as double) as volume,
    cast(coalesce(brand_periods.reach, 0) as double) as reach,
    brand_periods.net_sentiment,
    voice.share_of_voice
  from periods
  left join brand_periods on brand_periods.period = periods.period
  left join voice on voice.period = periods.period
),

metrics as (
  unpivot joined
  on volume, reach, net_sentiment, share_of_voice
  into name metric value value
),

final as (
  select
    metric,
    max(value) filter (where period = 'current') as current,
    max(value) filter (where period = 'previous') as previous
  from metrics
  group by metric
  order by list_position(['volume', 'reach', 'net_sentiment', 'share_of_voice'], metric)
)

select * from final
