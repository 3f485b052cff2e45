-- Each distinct (text, export language) pair of the mentions to score, numbered 0…n−1: reposts
-- and copies are scored once. The numbering is arbitrary but dense, so batches are key ranges.
with mentions as (
  select text, lang
  from sentiment_mentions
),

distinct_texts as (
  select text, lang
  from mentions
  group by text, lang
),

final as (
  select
    (row_number() over () - 1)::integer as text_key,
    text,
    lang,
  from distinct_texts
)

select * from final
