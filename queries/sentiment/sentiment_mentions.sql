-- Mentions the sentiment stage has not scored yet, with the text it scores: the title (when there
-- is one) and the body. The stage deletes rows it will rescore first, so "not yet scored" covers
-- both incremental and full runs.
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
  from mentions
  where mentions.mention_id not in (select scored.mention_id from scored)
)

select * from final
