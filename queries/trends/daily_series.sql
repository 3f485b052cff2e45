-- The daily series spike detection reads, ordered by series and day, with the brand/topic's name.
with daily as (
  select * from fct_volume_daily
),

topics as (
  select topic_id, any_value(name) as topic_name, any_value(kind) as topic_kind from dim_topics group by topic_id
),

final as (
  select
    daily.topic_id,
    daily.platform,
    daily.lang,
    strftime(daily.created_date, '%Y-%m-%d') as day,
    daily.day_of_week,
    daily.mentions,
    daily.negative,
    daily.net_sentiment,
    coalesce(topics.topic_name, case when daily.topic_id = 'all' then 'All mentions' end) as topic_name,
    coalesce(topics.topic_kind, case when daily.topic_id = 'all' then 'all' end) as topic_kind
  from daily
  left join topics on topics.topic_id = daily.topic_id
  order by daily.topic_id, daily.platform, daily.lang, daily.created_date
)

select * from final
