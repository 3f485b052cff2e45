-- The alerts whose drivers the trends stage computes, one row each, from the JSON list it binds as
-- $alerts: the series (topic, platform, lang; 'all' matches any), the baseline start and the day,
-- whether only negative mentions of the day count, and the baseline thinning rate per million.
with alerts as (
  select unnest(
    from_json(
      $alerts::json,
      '[{"alert_id": "VARCHAR", "topic_id": "VARCHAR", "platform": "VARCHAR", "lang": "VARCHAR", "from_date": "DATE", "day": "DATE", "negative_only": "BOOLEAN", "per_million": "UBIGINT"}]'
    ),
    recursive := true
  )
)

select * from alerts
