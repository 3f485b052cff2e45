-- The posts that drew the most engagement (likes + shares + comments) about a brand or topic over a
-- date range, with author, sentiment and link.
--
-- Parameters (getvariable; all optional):
--   brand     a brand, competitor, product or topic id, or 'all'   default 'all'
--   platform  one platform or 'all'                                 default 'all'
--   since     first day (a date)                                    default: the first day of data
--   until     last day (a date)                                     default: the last day of data
--   top       posts to show                                         default 20
--
-- listen sql analysis/top_posts_by_engagement --param brand=rushbee --param since=2026-10-01
-- DuckDB CLI: set variable brand = 'rushbee'; .read queries/analysis/top_posts_by_engagement.sql
with topic_mentions as (
  select mention_id, sentiment_label
  from fct_topic_mentions
  where topic_id = coalesce(getvariable('brand'), 'all')
    and (coalesce(getvariable('platform'), 'all') = 'all' or platform = getvariable('platform'))
    and created_date between coalesce(cast(getvariable('since') as date), date '1900-01-01')
      and coalesce(cast(getvariable('until') as date), date '2999-12-31')
),

mentions as (
  select
    mention_id, created_at, platform, lang, author_handle, author_followers,
    likes, shares, comments, engagement, url, title, body
  from fct_mentions
),

final as (
  select
    row_number() over (order by mentions.engagement desc nulls last, mentions.created_at, mentions.mention_id) as post_rank,
    mentions.mention_id,
    mentions.created_at,
    mentions.platform,
    mentions.lang,
    mentions.author_handle,
    mentions.author_followers,
    mentions.engagement,
    mentions.likes,
    mentions.shares,
    mentions.comments,
    topic_mentions.sentiment_label,
    mentions.url,
    coalesce(mentions.title, left(mentions.body, 200)) as text
  from topic_mentions
  inner join mentions on mentions.mention_id = topic_mentions.mention_id
)

select * from final
where post_rank <= coalesce(cast(getvariable('top') as integer), 20)
order by post_rank
