-- fct_alerts rows from the JSON list the trends stage binds as $rows (one statement for every alert);
-- drivers arrive as JSON text, $method_version, $run_id and $detected_at are the same for all.
with alerts as (
  select unnest(
    cast($rows::json as struct(
      alert_id varchar,
      alert_date date,
      topic_id varchar,
      topic_name varchar,
      topic_kind varchar,
      platform varchar,
      lang varchar,
      metric varchar,
      direction varchar,
      severity varchar,
      observed double,
      expected double,
      scale double,
      z_score double,
      baseline_start date,
      baseline_end date,
      drivers varchar
    )[]),
    recursive := true
  )
),

final as (
  select
    alert_id,
    alert_date,
    'day' as grain,
    topic_id,
    topic_name,
    topic_kind,
    platform,
    lang,
    metric,
    direction,
    severity,
    observed,
    expected,
    scale,
    z_score,
    baseline_start,
    baseline_end,
    drivers::json as drivers,
    $method_version::varchar as method_version,
    $run_id::varchar as run_id,
    $detected_at::timestamptz as detected_at
  from alerts
)

select * from final
