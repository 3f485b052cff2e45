-- The columns the driver and emerging-term statistics read, for the days from $from on: one narrow
-- scan of fct_mentions per run instead of one per alert.
with mentions as (
  select
    mention_id,
    created_date,
    created_at,
    coalesce(platform, 'unknown') as platform,
    coalesce(lang, 'und') as lang,
    coalesce(title || ' ', '') || coalesce(body, '') as text,
    hash(coalesce(title || ' ', '') || coalesce(body, '')) as text_key,
    hashtags,
    sentiment_label
  from fct_mentions
  where created_date >= $from
),

authors as (
  select mention_id, author_key from int_mention_authors
),

final as (
  select mentions.*, authors.author_key
  from mentions
  left join authors on authors.mention_id = mentions.mention_id
)

select * from final
