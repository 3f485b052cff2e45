-- The columns the driver and emerging-term statistics read, for the days from $from on: one narrow
-- scan of fct_mentions per run instead of one per alert. sample_key draws the drivers' baseline sample.
with mentions as (
  select
    mention_id,
    created_date,
    created_at,
    coalesce(platform, 'unknown') as platform,
    coalesce(lang, 'und') as lang,
    coalesce(title || ' ', '') || coalesce(body, '') as text,
    hashtags,
    sentiment_label
  from fct_mentions
  where created_date >= $from
),

final as (
  select
    mention_id,
    created_date,
    created_at,
    platform,
    lang,
    text,
    hash(text) as text_key,
    hash(mention_id) % 1000000 as sample_key,
    hashtags,
    sentiment_label
  from mentions
)

select * from final
