-- The reporting window: getvariable('since') / getvariable('until') when set, else the 28 days
-- ending on the last day with mentions. The previous period is as many days just before it.
with bounds as (
  select coalesce(getvariable('until')::date, max(created_date)) as until_date
  from fct_mentions
),

windowed as (
  select
    coalesce(getvariable('since')::date, bounds.until_date - 27) as since_date,
    bounds.until_date
  from bounds
),

final as (
  select
    strftime(since_date, '%Y-%m-%d') as since,
    strftime(until_date, '%Y-%m-%d') as until,
    strftime(since_date - cast(until_date - since_date + 1 as integer), '%Y-%m-%d') as previous_since,
    strftime(since_date - 1, '%Y-%m-%d') as previous_until,
    cast(until_date - since_date + 1 as integer) as days
  from windowed
)

select * from final
