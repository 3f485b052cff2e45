-- Each mention as the noise rules see it: its author, its time and the key of its folded text (null
-- for native reposts and for texts too short to compare).
with mentions as (
  select mention_id, platform, author_id, author_handle, created_at, title, body, shared_from_id
  from stg_mentions
),

compared as (
  select
    mention_id,
    platform,
    author_id,
    author_handle,
    created_at,
    case when shared_from_id is null and not starts_with(coalesce(body, ''), 'RT @') then concat_ws(' ', title, body) end as text,
  from mentions
),

text_keys as (
  select noise_copy_texts.text, noise_distinct_texts.text_key
  from noise_copy_texts
  inner join noise_distinct_texts on noise_distinct_texts.copy_text = noise_copy_texts.copy_text
),

final as (
  select
    compared.mention_id,
    compared.platform || ':' || coalesce(compared.author_id, lower(compared.author_handle)) as author_key,
    compared.created_at,
    text_keys.text_key,
  from compared
  left join text_keys on text_keys.text = compared.text
)

select * from final
