-- Scored mentions that are no longer in stg_mentions (their export was removed or deduplicated away):
-- an incremental run deletes their rows.
with scored as (
  select mention_id
  from mention_sentiment
),

current_mentions as (
  select mention_id
  from stg_mentions
),

final as (
  select scored.mention_id
  from scored
  where scored.mention_id not in (select current_mentions.mention_id from current_mentions)
)

select * from final
