-- Each distinct text of the mentions that are not native reposts (reposts are amplification, not
-- copies), as copies are compared: lower case, no accents, links, @handles and a leading "RT"
-- removed, punctuation to spaces. Copies share texts, so each distinct text is folded once.
with mentions as (
  select title, body, shared_from_id
  from stg_mentions
),

texts as (
  select distinct concat_ws(' ', title, body) as text
  from mentions
  where shared_from_id is null and not starts_with(coalesce(body, ''), 'RT @')
),

lowered as (
  select
    text,
    -- strip_accents is the costly step and changes nothing in an all-ASCII text (as many bytes as characters)
    case when strlen(text) = length(text) then lower(text) else lower(strip_accents(text)) end as lowered
  from texts
),

final as (
  select
    text,
    trim(regexp_replace(
      regexp_replace(lowered, 'https?://\S+|@[\p{L}\p{N}_.]+|^rt\s', ' ', 'g'),
      '[^\p{L}\p{N}]+', ' ', 'g'
    )) as copy_text
  from lowered
)

select * from final
