-- Daily spike alerts of the brands and competitors in the window, with their top driving terms.
with alerts as (
  select *
  from fct_alerts
  where grain = 'day'
    and lang = 'all'
    and platform = coalesce(getvariable('platform'), 'all')
    and alert_date between getvariable('since')::date and getvariable('until')::date
),

brands as (
  select topic_id
  from dim_topics
  where kind in ('brand', 'competitor')
),

final as (
  select
    alerts.alert_id,
    strftime(alerts.alert_date, '%Y-%m-%d') as day,
    alerts.topic_id,
    coalesce(alerts.topic_name, alerts.topic_id) as topic_name,
    alerts.metric,
    alerts.direction,
    alerts.severity,
    round(alerts.observed, 2) as observed,
    round(alerts.expected, 2) as expected,
    round(alerts.z_score, 1) as z_score,
    array_to_string(coalesce(json_extract_string(alerts.drivers, '$.terms[*].term')[1:5], []), ', ') as top_terms
  from alerts
  inner join brands on brands.topic_id = alerts.topic_id
  order by alerts.alert_date, alerts.topic_id, alerts.metric
)

select * from final
