-- Rows for mention_sentiment: every mention to score gets the result of its (text, export
-- language) pair.
with texts as (
  select text_key, text_md5, mention_ids
  from sentiment_texts
),

results as (
  select *
  from sentiment_results
),

final as (
  select
    unnest(texts.mention_ids) as mention_id,
    results.lang,
    results.lang_source,
    results.lang_confidence,
    results.sentiment_score,
    results.sentiment_label,
    results.scorer,
    results.evidence,
    $scored_at::timestamptz as scored_at,
    texts.text_md5 as scored_text_md5,
  from texts
  inner join results on results.text_key = texts.text_key
)

select * from final
