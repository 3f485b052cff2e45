-- One row per mention: the canonical mention with its day, engagement and delivery count.
with mentions as (
  select * from stg_mentions
),

final as (
  select
    mentions.*,
    cast(mentions.created_at as date) as created_date,
    coalesce(mentions.likes, 0) + coalesce(mentions.shares, 0) + coalesce(mentions.comments, 0) as engagement,
    mentions.parent_id is not null as is_reply,
    mentions.shared_from_id is not null as is_share
  from mentions
)

select * from final
