-- Each distinct (text, export language) pair of the mentions to score (those not scored yet, or all
-- when $rescore_all), numbered 0…n−1, with the mentions that have it: reposts and copies are scored
-- once, and their rows come back from the list (no second join on the texts). The numbering is
-- arbitrary but dense, so batches are key ranges.
with mentions as (
  select mention_id, text, lang
  from sentiment_mentions
  where $rescore_all or not is_scored
),

distinct_texts as (
  select text, lang, list(mention_id) as mention_ids
  from mentions
  group by text, lang
),

final as (
  select
    (row_number() over () - 1)::integer as text_key,
    text,
    lang,
    md5(coalesce(text, '') || chr(31) || coalesce(lang, '')) as text_md5,
    mention_ids,
  from distinct_texts
)

select * from final
