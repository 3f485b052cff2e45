-- Share of voice counts every brand match once and every mention has its noise row: the daily and
-- weekly volumes per brand equal the brand's rows in mention_topics, noise is volume minus the rest.
with matched as (
  select topic_id, count(*) as matches
  from mention_topics
  where topic_kind in ('brand', 'competitor')
  group by topic_id
),

daily as (
  select topic_id, sum(volume) as volume, sum(volume_excluding_noise + noise_removed) as accounted
  from fct_share_of_voice_daily
  group by topic_id
),

weekly as (
  select topic_id, sum(volume) as volume
  from fct_share_of_voice_weekly
  group by topic_id
),

brand_totals as (
  select
    coalesce(matched.topic_id, daily.topic_id) as topic_id,
    coalesce(matched.matches, 0) as matches,
    coalesce(daily.volume, 0) as daily_volume,
    coalesce(daily.accounted, 0) as daily_accounted,
    coalesce(weekly.volume, 0) as weekly_volume
  from matched
  full join daily on daily.topic_id = matched.topic_id
  left join weekly on weekly.topic_id = coalesce(matched.topic_id, daily.topic_id)
),

noise_rows as (
  select
    'mention_noise rows' as topic_id,
    (select count(*) from fct_mentions) as matches,
    count(distinct mention_id) as daily_volume,
    count(*) as daily_accounted,
    count(*) as weekly_volume
  from mention_noise
),

final as (
  select * from brand_totals
  where matches <> daily_volume or daily_volume <> daily_accounted or daily_volume <> weekly_volume
  union all
  select * from noise_rows
  where matches <> daily_volume or daily_volume <> daily_accounted
)

select * from final
