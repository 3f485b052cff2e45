-- The latest alerts for `listen alerts`: newest day first, then most severe, with the top drivers.
with alerts as (
  select *
  from fct_alerts
  where ($since is null or alert_date >= $since::date)
    and ($brand is null or topic_id = $brand)
),

final as (
  select
    strftime(alert_date, '%Y-%m-%d') as day,
    severity,
    coalesce(topic_name, topic_id) as brand,
    platform,
    lang,
    metric,
    round(observed, 2) as observed,
    round(expected, 2) as expected,
    round(z_score, 1) as z,
    array_to_string(coalesce(json_extract_string(drivers, '$.terms[*].term')[1:5], []), ', ') as top_terms,
    array_to_string(coalesce(json_extract_string(drivers, '$.hashtags[*].hashtag')[1:3], []), ', ') as hashtags,
    array_to_string(coalesce(json_extract_string(drivers, '$.authors[*].author_key')[1:3], []), ', ') as authors
  from alerts
  order by alert_date desc, case severity when 'high' then 0 when 'medium' then 1 else 2 end, z_score desc, alert_id
  limit $limit
)

select * from final
