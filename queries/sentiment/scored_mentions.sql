-- Rows for mention_sentiment: every mention to score gets the result of its (text, export
-- language) pair.
with mentions as (
  select mention_id, text, lang
  from sentiment_mentions
),

texts as (
  select text_key, text, lang
  from sentiment_texts
),

results as (
  select *
  from sentiment_results
),

keyed as (
  select
    mentions.mention_id,
    texts.text_key,
  from mentions
  inner join texts
    on texts.text = mentions.text
    and texts.lang is not distinct from mentions.lang
),

final as (
  select
    keyed.mention_id,
    results.lang,
    results.lang_source,
    results.lang_confidence,
    results.sentiment_score,
    results.sentiment_label,
    results.scorer,
    results.evidence,
    $scored_at::timestamptz as scored_at,
  from keyed
  inner join results on results.text_key = keyed.text_key
)

select * from final
