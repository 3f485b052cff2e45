-- The emerging-terms windows, ending on the last day with data: the recent $recent_days days and the
-- $baseline_days days before them.
with span as (
  select max(created_date) as last_day from fct_mentions
),

final as (
  select
    strftime(last_day - ($recent_days - 1)::int, '%Y-%m-%d') as recent_from,
    strftime(last_day, '%Y-%m-%d') as recent_to,
    strftime(last_day - ($recent_days + $baseline_days - 1)::int, '%Y-%m-%d') as baseline_from
  from span
  where last_day is not null
)

select * from final
