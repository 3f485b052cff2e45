-- For each alert on a brand, how over-represented each theme is on the alert's day against its baseline window:
-- excess mentions over the baseline's daily mean first, then the ratio. Counts come from fct_root_cause_daily.
with alerts as (
  select alert_id, alert_date, topic_id, lang, baseline_start, baseline_end
  from fct_alerts
  where topic_kind in ('brand', 'competitor') and drivers is not null
),

themes as (
  select root_cause_id, brand, lang, label from fct_root_causes
  where not is_misc
),

daily as (
  select root_cause_id, mention_date, mentions from fct_root_cause_daily
),

counts as (
  select
    alerts.alert_id,
    themes.root_cause_id,
    themes.label,
    coalesce(sum(daily.mentions) filter (where daily.mention_date = alerts.alert_date), 0)::bigint as day_mentions,
    coalesce(sum(daily.mentions) filter (where daily.mention_date between alerts.baseline_start and alerts.baseline_end), 0)::bigint as baseline_mentions,
    greatest(1, date_diff('day', alerts.baseline_start, alerts.baseline_end) + 1) as baseline_days
  from alerts
  inner join themes on themes.brand = alerts.topic_id and themes.lang = alerts.lang
  inner join daily on daily.root_cause_id = themes.root_cause_id
  group by all
),

final as (
  select
    *,
    -- Day count against the baseline's daily mean, with one pseudo-mention so new themes do not divide by zero.
    (day_mentions + 0.5) / ((baseline_mentions + 0.5) / baseline_days) as lift,
    day_mentions - baseline_mentions / baseline_days as excess
  from counts
  where day_mentions > 0
)

select * from final
order by alert_id, excess desc, lift desc, root_cause_id
