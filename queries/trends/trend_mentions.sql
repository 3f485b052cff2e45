-- The texts the driver and emerging-term statistics read: the mentions of the emerging-term windows
-- ($baseline_from to $to) and those of the alerts' series windows (series_window), from one narrow
-- scan of fct_mentions per run.
with mentions as (
  select
    mention_id,
    created_date,
    coalesce(title || ' ', '') || coalesce(body, '') as text,
    hashtags
  from fct_mentions
  where created_date between $baseline_from and $to
    or mention_id in (select mention_id from series_window)
),

final as (
  select mention_id, created_date, text, hash(text) as text_key, hashtags
  from mentions
)

select * from final
