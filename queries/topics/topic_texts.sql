-- Each mention cut into normalized words (lower case, no accents, links removed), with its hashtags
-- and handles from the export and from the text. pipelines/topics/normalize.ts is its JavaScript twin.
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

final as (
  select
    row_number() over () as mention_key,
    mention_id,
    list_filter(
      regexp_split_to_array(
        -- Arabic clitics attach to Latin brand names ("وPakkit"): a change of script starts a new word.
        regexp_replace(regexp_replace(regexp_replace(lower(strip_accents(text)), 'https?://\S+', ' ', 'g'),
          '(\p{Arabic})(\p{Latin})', '\1 \2', 'g'), '(\p{Latin})(\p{Arabic})', '\1 \2', 'g'),
        '[^\p{L}\p{N}\p{M}_]+'),
      word -> word <> ''
    ) as words,
    list_distinct(list_concat(
      list_transform(listed_hashtags, tag -> lower(strip_accents(ltrim(tag, '#')))),
      list_transform(regexp_extract_all(text, '#([\p{L}\p{N}_]+)', 1), tag -> lower(strip_accents(tag)))
    )) as hashtags,
    list_distinct(list_concat(
      list_transform(listed_handles, handle -> lower(ltrim(handle, '@'))),
      list_transform(regexp_extract_all(text, '@([\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*)', 1), handle -> lower(handle))
    )) as handles
  from texts
)

select * from final
