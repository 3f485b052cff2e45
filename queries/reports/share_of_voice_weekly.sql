-- Share of voice per week of the window: each brand's mentions against all brands' and competitors'
-- mentions that week, on one platform (getvariable('platform')) or all of them.
with daily as (
  select *
  from fct_share_of_voice_daily
  where created_date between getvariable('since')::date and getvariable('until')::date
    and (getvariable('platform') is null or platform = getvariable('platform'))
),

weekly as (
  select
    date_trunc('week', created_date) as week_date,
    topic_id,
    topic_name,
    sum(volume) as volume,
    sum(positive) as positive,
    sum(negative) as negative
  from daily
  group by all
),

final as (
  select
    strftime(week_date, '%Y-%m-%d') as week,
    topic_id,
    topic_name,
    cast(volume as bigint) as volume,
    round(volume / sum(volume) over (partition by week_date), 4) as share_of_voice,
    round((positive - negative) / volume, 4) as net_sentiment
  from weekly
  order by week_date, topic_id
)

select * from final
