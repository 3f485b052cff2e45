-- The canonical mention: one row per post, however many exports delivered it.
-- Platform dumps win over vendor exports, then the newest load; fields a winner lacks are
-- filled from the other deliveries (a vendor's sentiment on a post the API also delivered).
with deliveries as (
  select
    stg_raw_rows.*,
    case source_format when 'x_api_v2' then 0 when 'reddit' then 0 when 'generic' then 1 else 2 end as delivery_rank
  from stg_raw_rows
),

ranked as (
  select
    deliveries.*,
    row_number() over by_preference as delivery_order,
    count(*) over (partition by mention_id) as delivery_count,
    first(vendor_sentiment ignore nulls) over by_preference_all as any_vendor_sentiment,
    first(lang ignore nulls) over by_preference_all as any_lang,
    first(country ignore nulls) over by_preference_all as any_country,
    first(author_followers ignore nulls) over by_preference_all as any_author_followers
  from deliveries
  window
    by_preference as (partition by mention_id order by delivery_rank, ingested_at desc, file_id, source_line),
    by_preference_all as (partition by mention_id order by delivery_rank, ingested_at desc, file_id, source_line
                          rows between unbounded preceding and unbounded following)
),

final as (
  select
    mention_id, platform, source_name, url, created_at,
    author_id, author_handle, author_name,
    any_author_followers as author_followers,
    is_author_verified, title, body,
    any_lang as lang,
    any_country as country,
    location, likes, shares, comments, views, reach,
    parent_id, shared_from_id, thread_id, hashtags, mentioned_handles, links,
    any_vendor_sentiment as vendor_sentiment,
    extra, delivery_count,
    source_format, file_id, source_file, source_line, batch_id, ingested_at
  from ranked
  where delivery_order = 1
)

select * from final
