-- Every mention with the text the sentiment stage scores (the title, when there is one, and the
-- body) and whether mention_sentiment already has it for this text: an incremental run scores only
-- those it does not have, or has for another text (an edited post, a replaced export), a full rescore
-- all of them (queries/sentiment/sentiment_texts.sql). Rows scored before the text's md5 was kept count as scored.
with mentions as (
  select mention_id, title, body, lang
  from stg_mentions
),

scored as (
  select mention_id, scored_text_md5
  from mention_sentiment
),

texts as (
  select
    mention_id,
    concat_ws('. ', nullif(trim(title), ''), body) as text,
    lang
  from mentions
),

final as (
  select
    texts.mention_id,
    texts.text,
    texts.lang,
    scored.mention_id is not null
      and (scored.scored_text_md5 is null or scored.scored_text_md5 = md5(coalesce(texts.text, '') || chr(31) || coalesce(texts.lang, ''))) as is_scored,
  from texts
  left join scored on scored.mention_id = texts.mention_id
)

select * from final
