-- Each distinct text cut into words (links removed), with its normalized hashtags and handles from
-- the export and from the text. pipelines/topics/normalize.ts is its
-- JavaScript twin. Reposts and copies repeat texts (a million mentions hold about a third as many),
-- so a text (title, body and the export's tag lists, kept as they came for topic_mentions.sql) is
-- matched once. Later steps key texts by this table's rowid (text_key).
with sources as (
  select distinct title, body, hashtags, mentioned_handles
  from stg_mentions
),

texts as (
  select
    title,
    body,
    hashtags as export_hashtags,
    mentioned_handles as export_handles,
    concat_ws(' \n ', title, body) as text,
    coalesce(hashtags, []) as listed_hashtags,
    coalesce(mentioned_handles, []) as listed_handles
  from sources
),

unmarked as (
  select
    *,
    -- A run of combining marks after no letter (an emoji's variation selector) is no word: folding
    -- strips it, so it goes before the cut. An ASCII text (as many bytes as characters) holds none.
    case when strlen(text) = length(text) then text else regexp_replace(text, '(^|[^\p{L}\p{N}\p{M}_])\p{M}+', '\1', 'g') end as unmarked_text
  from texts
),

final as (
  select
    title,
    body,
    export_hashtags,
    export_handles,
    -- The words as written: topic_token_words folds each distinct word (lower case, no accents) once,
    -- far fewer than the words of every text. A text starting or ending with punctuation gets an
    -- empty first or last word: it matches no pattern and shifts no distance, and filtering it out
    -- costs a fifth of this query.
    regexp_split_to_array(
      -- Most texts hold no link; the check is far cheaper than the replacement.
      case when contains(unmarked_text, '://') then regexp_replace(unmarked_text, '(?i)https?://\S+', ' ', 'g') else unmarked_text end,
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
  from unmarked
)

select * from final
