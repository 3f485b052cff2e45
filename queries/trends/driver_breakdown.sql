-- Where each explained alert's spike happened: the day's mentions by platform, by language and by UTC
-- hour (the $limit largest of each), and how many mentions of the day and of the baseline sample the
-- driver statistics saw.
with window_mentions as (
  select alert_id, is_spike, platform, lang, hour_of_day from series_window
),

spike_mentions as (
  select * from window_mentions where is_spike
),

by_dimension as (
  select alert_id, 'platform' as dimension, platform as value, count(*) as mentions from spike_mentions group by alert_id, platform
  union all
  select alert_id, 'lang' as dimension, lang as value, count(*) as mentions from spike_mentions group by alert_id, lang
  union all
  select alert_id, 'hour' as dimension, lpad(hour_of_day::varchar, 2, '0') as value, count(*) as mentions from spike_mentions group by alert_id, hour_of_day
  union all
  select alert_id, 'sampled' as dimension, case when is_spike then 'spike' else 'baseline' end as value, count(*) as mentions from window_mentions group by alert_id, is_spike
),

final as (
  select *
  from by_dimension
  qualify row_number() over (partition by alert_id, dimension order by mentions desc, value) <= $limit
)

select * from final
order by alert_id, dimension, mentions desc, value
