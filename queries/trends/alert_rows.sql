-- fct_alerts rows from the JSON list the trends stage binds as $rows (one statement for every alert);
-- drivers arrive as JSON text, $method_version, $run_id and $detected_at are the same for all.
with alerts as (
  select unnest(
    from_json(
      $rows::json,
      '[{"alert_id": "VARCHAR", "alert_date": "DATE", "topic_id": "VARCHAR", "topic_name": "VARCHAR", "topic_kind": "VARCHAR", "platform": "VARCHAR", "lang": "VARCHAR", "metric": "VARCHAR", "direction": "VARCHAR", "severity": "VARCHAR", "observed": "DOUBLE", "expected": "DOUBLE", "scale": "DOUBLE", "z_score": "DOUBLE", "baseline_start": "DATE", "baseline_end": "DATE", "drivers": "VARCHAR"}]'
    ),
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
