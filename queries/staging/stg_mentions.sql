-- The canonical mention: one row per post, however many exports delivered it.
-- Platform dumps win over vendor exports, then the newest load; fields the winner lacks are
-- filled from the other deliveries (a vendor's sentiment on a post the API also delivered).
-- Posts delivered once (nearly all) skip the ranking, which is what keeps this view fast.
with deliveries as materialized (
  select * from stg_raw_rows
),

delivery_counts as (
  select mention_id, count(*) as delivery_count
  from deliveries
  group by mention_id
),

single_deliveries as (
  select deliveries.*, 1::bigint as delivery_count
  from deliveries
  semi join delivery_counts
    on delivery_counts.mention_id = deliveries.mention_id and delivery_counts.delivery_count = 1
),

repeated_deliveries as (
  select
    deliveries.*,
    delivery_counts.delivery_count,
    case deliveries.source_format when 'x_api_v2' then 0 when 'reddit' then 0 when 'generic' then 1 else 2 end as delivery_rank
  from deliveries
  inner join delivery_counts
    on delivery_counts.mention_id = deliveries.mention_id and delivery_counts.delivery_count > 1
),

filled as (
  select
    mention_id,
    first(vendor_sentiment order by delivery_rank, ingested_at desc, file_id, source_line) filter (where vendor_sentiment is not null) as any_vendor_sentiment,
    first(lang order by delivery_rank, ingested_at desc, file_id, source_line) filter (where lang is not null) as any_lang,
    first(country order by delivery_rank, ingested_at desc, file_id, source_line) filter (where country is not null) as any_country,
    first(author_followers order by delivery_rank, ingested_at desc, file_id, source_line) filter (where author_followers is not null) as any_author_followers
  from repeated_deliveries
  group by mention_id
),

merged as (
  select
    repeated_deliveries.* replace (
      coalesce(repeated_deliveries.vendor_sentiment, filled.any_vendor_sentiment) as vendor_sentiment,
      coalesce(repeated_deliveries.lang, filled.any_lang) as lang,
      coalesce(repeated_deliveries.country, filled.any_country) as country,
      coalesce(repeated_deliveries.author_followers, filled.any_author_followers) as author_followers
    )
  from repeated_deliveries
  inner join filled on filled.mention_id = repeated_deliveries.mention_id
  qualify row_number() over (
    partition by repeated_deliveries.mention_id
    order by delivery_rank, ingested_at desc, file_id, source_line
  ) = 1
),

final as (
  select * exclude (delivery_rank) from merged
  union all by name
  select * from single_deliveries
)

select * from final
