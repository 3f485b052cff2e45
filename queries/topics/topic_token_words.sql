-- Which query words each distinct word of the texts (as written; folded here) satisfies: exactly, as
-- a prefix (deliver*), or within a number of edits (pakkit~1). Folding and matching the vocabulary,
-- not every mention, keeps wildcards and fuzzy words cheap. A word that changes between Arabic and Latin script ("وPakkit": an Arabic
-- clitic on a brand name) also stands for its parts.
with written as (
  select distinct unnest(words) as token
  from topic_texts
),

vocabulary as (
  select
    token,
    -- Folded: lower case, no accents (stripping costs more than lower(), and ASCII has no accents).
    case when strlen(token) = length(token) then lower(token) else lower(strip_accents(token)) end as word
  from written
),

mixed_script as (
  select vocabulary.token, parts.part
  from vocabulary
  cross join unnest(string_split(
    regexp_replace(regexp_replace(vocabulary.word, '(\p{Arabic})(\p{Latin})', '\1 \2', 'g'), '(\p{Latin})(\p{Arabic})', '\1 \2', 'g'),
    ' '
  )) as parts(part)
  where regexp_matches(vocabulary.word, '\p{Arabic}') and regexp_matches(vocabulary.word, '\p{Latin}')
),

parts as (
  select token, word as part from vocabulary
  union all
  select token, part from mixed_script
),

patterns as (
  select * from topic_words
),

exact_words as (
  select parts.token, patterns.word_id
  from parts
  inner join patterns on patterns.pattern = parts.part
  where patterns.match_kind = 'exact'
),

prefixed_words as (
  select parts.token, patterns.word_id
  from parts
  inner join patterns on patterns.match_kind = 'prefix' and starts_with(parts.part, patterns.pattern)
),

fuzzy_words as (
  select parts.token, patterns.word_id
  from parts
  inner join patterns
    on patterns.match_kind = 'fuzzy'
    and abs(length(parts.part) - length(patterns.pattern)) <= patterns.max_edits
    and damerau_levenshtein(parts.part, patterns.pattern) <= patterns.max_edits
),

final as (
  select distinct * from (
    select * from exact_words
    union all
    select * from prefixed_words
    union all
    select * from fuzzy_words
  )
)

select * from final
