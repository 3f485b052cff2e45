-- The texts the driver and emerging-term statistics read, for the days from $from on: one narrow
-- scan of fct_mentions per run instead of one per alert.
with mentions as (
  select
    mention_id,
    created_date,
    coalesce(title || ' ', '') || coalesce(body, '') as text,
    hashtags
  from fct_mentions
  where created_date >= $from
),

final as (
  select mention_id, created_date, text, hash(text) as text_key, hashtags
  from mentions
)

select * from final
