-- Which query words each distinct word of the texts satisfies: exactly, as a prefix (deliver*), or
-- within a number of edits (pakkit~1). Matching the vocabulary, not every mention, keeps wildcards
-- and fuzzy words cheap.
with vocabulary as (
  select distinct words.token
  from topic_texts
  cross join unnest(topic_texts.words) as words(token)
),

patterns as (
  select * from topic_words
),

exact_words as (
  select vocabulary.token, patterns.word_id
  from vocabulary
  inner join patterns on patterns.pattern = vocabulary.token
  where patterns.match_kind = 'exact'
),

prefixed_words as (
  select vocabulary.token, patterns.word_id
  from vocabulary
  inner join patterns on patterns.match_kind = 'prefix' and starts_with(vocabulary.token, patterns.pattern)
),

fuzzy_words as (
  select vocabulary.token, patterns.word_id
  from vocabulary
  inner join patterns
    on patterns.match_kind = 'fuzzy'
    and abs(length(vocabulary.token) - length(patterns.pattern)) <= patterns.max_edits
    and damerau_levenshtein(vocabulary.token, patterns.pattern) <= patterns.max_edits
),

final as (
  select * from exact_words
  union all
  select * from prefixed_words
  union all
  select * from fuzzy_words
)

select * from final
