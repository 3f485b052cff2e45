-- Each mention cut into normalized words (lower case, no accents, links removed), with its hashtags
-- and handles from the export and from the text. pipelines/topics/normalize.ts is its JavaScript
-- twin. Later steps key mentions by this table's rowid (mention_key).
with mentions as (
  select mention_id, title, body, hashtags, mentioned_handles
  from stg_mentions
),

texts as (
  select
    mention_id,
    concat_ws(' \n ', title, body) as text,
    coalesce(hashtags, []) as listed_hashtags,
    coalesce(mentioned_handles, []) as listed_handles
  from mentions
),

normalized as (
  select
    mention_id,
    text,
    listed_hashtags,
    listed_handles,
    lower(strip_accents(text)) as folded
  from texts
),

final as (
  select
    mention_id,
    -- A text starting or ending with punctuation gets an empty first or last word: it matches no
    -- pattern and shifts no distance, and filtering it out costs a fifth of this query.
    regexp_split_to_array(
      -- Most texts hold no link; the check is far cheaper than the replacement.
      case when contains(folded, '://') then regexp_replace(folded, 'https?://\S+', ' ', 'g') else folded end,
      '[^\p{L}\p{N}\p{M}_]+'
    ) as words,
    list_distinct(list_concat(
      list_transform(listed_hashtags, tag -> lower(strip_accents(ltrim(tag, '#')))),
      case when contains(text, '#') then list_transform(regexp_extract_all(text, '#([\p{L}\p{N}_]+)', 1), tag -> lower(strip_accents(tag))) else [] end
    )) as hashtags,
    list_distinct(list_concat(
      list_transform(listed_handles, handle -> lower(ltrim(handle, '@'))),
      case when contains(text, '@') then list_transform(regexp_extract_all(text, '@([\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*)', 1), handle -> lower(handle)) else [] end
    )) as handles
  from normalized
)

select * from final
