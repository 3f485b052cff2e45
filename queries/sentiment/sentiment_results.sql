-- One row per scored text, from the batches the scoring threads returned: each column arrives as
-- one U+0001-joined string per batch (numbers as decimal text, an unknown language as ''). Evidence
-- becomes JSON here, checked once per text rather than once per mention.
with batches as (
  select *
  from sentiment_result_batches
),

final as (
  select
    unnest(range(first_key, first_key + texts_count))::integer as text_key,
    nullif(unnest(string_split(langs, chr(1))), '') as lang,
    unnest(string_split(lang_sources, chr(1))) as lang_source,
    unnest(string_split(lang_confidences, chr(1)))::double as lang_confidence,
    unnest(string_split(scores, chr(1)))::double as sentiment_score,
    unnest(string_split(labels, chr(1))) as sentiment_label,
    unnest(string_split(scorers, chr(1))) as scorer,
    unnest(string_split(evidence, chr(1)))::json as evidence,
  from batches
)

select * from final
