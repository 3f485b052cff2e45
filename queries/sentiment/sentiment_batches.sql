-- The texts with keys in [$from_key, $to_key) in batches of $batch_size keys, each batch as one
-- string of texts and one of export languages, joined by U+0001 (removed from the values first): a
-- worker thread splits them, which costs far less than converting every value on its own. The stage
-- reads a few batches at a time, so texts are not all in memory at once.
with texts as (
  select text_key, text, lang
  from sentiment_texts
  where text_key >= $from_key and text_key < $to_key
),

final as (
  select
    text_key // $batch_size as batch,
    min(text_key) as first_key,
    count(*) as texts_count,
    string_agg(replace(text, chr(1), ' '), chr(1) order by text_key) as texts,
    string_agg(coalesce(replace(lang, chr(1), ''), ''), chr(1) order by text_key) as langs,
  from texts
  group by batch
)

select * from final
order by batch
