-- Every mention with the text the sentiment stage scores (the title, when there is one, and the
-- body) and whether mention_sentiment already has it: an incremental run scores only those it does
-- not have, a full rescore all of them (queries/sentiment/sentiment_texts.sql).
with mentions as (
  select mention_id, title, body, lang
  from stg_mentions
),

scored as (
  select mention_id
  from mention_sentiment
),

final as (
  select
    mentions.mention_id,
    concat_ws('. ', nullif(trim(mentions.title), ''), mentions.body) as text,
    mentions.lang,
    mentions.mention_id in (select scored.mention_id from scored) as is_scored,
  from mentions
)

select * from final
