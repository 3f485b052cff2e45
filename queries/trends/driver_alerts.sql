-- The alerts whose drivers the trends stage computes, one row each, from the JSON list it binds as
-- $alerts: the series (topic, platform, lang; 'all' matches any), the baseline start and the day,
-- whether only negative mentions of the day count, and the baseline thinning rate per million.
with alerts as (
  select unnest(
    cast($alerts::json as struct(
      alert_id varchar,
      topic_id varchar,
      platform varchar,
      lang varchar,
      from_date date,
      day date,
      negative_only boolean,
      per_million ubigint
    )[]),
    recursive := true
  )
)

select * from alerts
