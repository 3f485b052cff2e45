-- Where the spike happened: the day's mentions by platform, by language and by UTC hour, and how
-- many mentions of the day and of the baseline sample the driver statistics saw.
with window_mentions as (
  select is_spike, platform, lang, hour(created_at) as hour_of_day from series_window
),

spike_mentions as (
  select * from window_mentions where is_spike
),

by_dimension as (
  select 'platform' as dimension, platform as value, count(*) as mentions from spike_mentions group by platform
  union all
  select 'lang' as dimension, lang as value, count(*) as mentions from spike_mentions group by lang
  union all
  select 'hour' as dimension, lpad(hour_of_day::varchar, 2, '0') as value, count(*) as mentions from spike_mentions group by hour_of_day
  union all
  select 'sampled' as dimension, case when is_spike then 'spike' else 'baseline' end as value, count(*) as mentions from window_mentions group by is_spike
),

final as (
  select *
  from by_dimension
  qualify row_number() over (partition by dimension order by mentions desc, value) <= $limit
)

select * from final
