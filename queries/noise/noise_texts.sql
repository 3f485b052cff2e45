-- Each mention's text as copies are compared: lower case, no accents, links, @handles and a leading
-- "RT" removed, punctuation to spaces. Native reposts are amplification, not copies: marked, not compared.
with mentions as (
  select mention_id, platform, author_id, author_handle, created_at, title, body, shared_from_id
  from stg_mentions
),

final as (
  select
    mention_id,
    platform || ':' || coalesce(author_id, lower(author_handle)) as author_key,
    created_at,
    shared_from_id is not null or starts_with(coalesce(body, ''), 'RT @') as is_repost,
    trim(regexp_replace(
      regexp_replace(lower(strip_accents(concat_ws(' ', title, body))), 'https?://\S+|@[\p{L}\p{N}_.]+|^rt\s', ' ', 'g'),
      '[^\p{L}\p{N}]+', ' ', 'g'
    )) as copy_text
  from mentions
)

select * from final
