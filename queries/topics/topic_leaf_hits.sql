-- Where each leaf occurs: a one-word leaf where its word is, a phrase where all its words follow
-- each other, a #hashtag or @handle when the mention's lists hold it (no position).
with words as (
  select
    topic_word_hits.text_key,
    topic_word_hits.pos,
    topic_phrase_words.leaf_id,
    topic_phrase_words.word_index,
    topic_phrase_words.leaf_length
  from topic_word_hits
  inner join topic_phrase_words on topic_phrase_words.word_id = topic_word_hits.word_id
),

single_words as (
  select text_key, leaf_id, pos as start_pos, pos as end_pos
  from words
  where leaf_length = 1
),

phrase_words as (
  select * from words where leaf_length > 1
),

phrase_starts as (
  select text_key, leaf_id, pos as start_pos, leaf_length
  from phrase_words
  where word_index = 0
),

-- A phrase starts where its first word is and holds when every other word sits at its place after
-- it (a bit per word index). Joining from the starts leaves few rows to group; grouping every word
-- of every phrase by its would-be start made one group per common word (pakkit in "pakkit app").
phrases as (
  select
    phrase_starts.text_key,
    phrase_starts.leaf_id,
    phrase_starts.start_pos,
    phrase_starts.start_pos + phrase_starts.leaf_length - 1 as end_pos
  from phrase_starts
  inner join phrase_words
    on phrase_words.text_key = phrase_starts.text_key
    and phrase_words.leaf_id = phrase_starts.leaf_id
    and phrase_words.pos - phrase_words.word_index = phrase_starts.start_pos
  where phrase_words.word_index > 0
  group by phrase_starts.text_key, phrase_starts.leaf_id, phrase_starts.start_pos, phrase_starts.leaf_length
  having bit_or(1::bigint << phrase_words.word_index) = (1::bigint << phrase_starts.leaf_length) - 2
),

tag_values as (
  select rowid as text_key, 'hashtag' as tag_kind, unnest(hashtags) as value
  from topic_texts
  union all
  select rowid as text_key, 'handle' as tag_kind, unnest(handles) as value
  from topic_texts
),

exact_tags as (
  select tag_values.text_key, topic_tags.leaf_id
  from tag_values
  inner join topic_tags
    on topic_tags.tag_kind = tag_values.tag_kind
    and topic_tags.pattern = tag_values.value
  where not topic_tags.is_prefix
),

prefixed_tags as (
  select tag_values.text_key, topic_tags.leaf_id
  from tag_values
  inner join topic_tags
    on topic_tags.tag_kind = tag_values.tag_kind
    and starts_with(tag_values.value, topic_tags.pattern)
  where topic_tags.is_prefix
),

tags as (
  select distinct * from (
    select * from exact_tags
    union all
    select * from prefixed_tags
  )
),

final as (
  select text_key, leaf_id, start_pos, end_pos from single_words
  union all
  select text_key, leaf_id, start_pos, end_pos from phrases
  union all
  select text_key, leaf_id, null as start_pos, null as end_pos from tags
)

select * from final
