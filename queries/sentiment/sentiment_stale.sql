-- Rows of mention_sentiment an incremental run deletes: mentions no longer in stg_mentions (their
-- export was removed or deduplicated away), and mentions about to be scored again because their text
-- changed (queries/sentiment/sentiment_mentions.sql), whose new row replaces the old.
with scored as (
  select mention_id
  from mention_sentiment
),

current_mentions as (
  select mention_id
  from stg_mentions
),

rescored as (
  select unnest(mention_ids) as mention_id
  from sentiment_texts
),

final as (
  select scored.mention_id
  from scored
  where scored.mention_id not in (select current_mentions.mention_id from current_mentions)
  union all
  select scored.mention_id
  from scored
  semi join rescored on rescored.mention_id = scored.mention_id
)

select * from final
