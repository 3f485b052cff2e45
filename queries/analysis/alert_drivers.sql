-- What drove each spike alert, one row per driver: the terms, hashtags, authors, platforms, languages,
-- hours and complaint themes that the trends and root-causes stages found over-represented on the
-- alert day (fct_alerts.drivers; the method is in docs/trends.md).
--
-- Parameters (getvariable; all optional):
--   alert_id  one alert of fct_alerts                  default: every alert
--   brand     a brand/topic id, or 'all' for every one  default 'all'
--
-- listen sql analysis/alert_drivers --param brand=pakkit
-- DuckDB CLI: set variable brand = 'pakkit'; .read queries/analysis/alert_drivers.sql
with alerts as (
  select alert_id, alert_date, topic_id, platform, lang, metric, severity, drivers
  from fct_alerts
  where drivers is not null
    and (getvariable('alert_id') is null or alert_id = getvariable('alert_id'))
    and (coalesce(getvariable('brand'), 'all') = 'all' or topic_id = getvariable('brand'))
),

driver_lists as (
  select alerts.* exclude (drivers), kinds.driver_kind, kinds.value_key, kinds.count_key,
    json_extract(alerts.drivers, '$.' || kinds.driver_kind) as items
  from alerts
  cross join (
    values
      ('terms', 'term', 'count'),
      ('hashtags', 'hashtag', 'count'),
      ('authors', 'author_key', 'mentions'),
      ('platforms', 'platform', 'mentions'),
      ('languages', 'lang', 'mentions'),
      ('peak_hours', 'hour_utc', 'mentions'),
      ('clusters', 'label', 'mentions')
  ) as kinds (driver_kind, value_key, count_key)
),

drivers as (
  select
    driver_lists.* exclude (items),
    unnest(from_json(coalesce(driver_lists.items, '[]'), '["json"]')) as item,
    generate_subscripts(from_json(coalesce(driver_lists.items, '[]'), '["json"]'), 1) as driver_rank
  from driver_lists
),

final as (
  select
    alert_id,
    alert_date,
    topic_id,
    platform,
    lang,
    metric,
    severity,
    driver_kind,
    driver_rank,
    item ->> value_key as driver,
    cast(item ->> count_key as bigint) as mentions_on_alert_day,
    item as detail
  from drivers
)

select * from final
order by alert_date desc, alert_id, driver_kind, driver_rank
