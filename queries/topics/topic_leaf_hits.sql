-- Where each leaf occurs: a phrase where all its words follow each other (a word is a one-word
-- phrase), a #hashtag or @handle when the mention's lists hold it (no position).
with phrase_word_hits as (
  select
    topic_word_hits.mention_key,
    topic_phrase_words.leaf_id,
    topic_phrase_words.word_index,
    topic_phrase_words.leaf_length,
    topic_word_hits.pos - topic_phrase_words.word_index as start_pos
  from topic_word_hits
  inner join topic_phrase_words on topic_phrase_words.word_id = topic_word_hits.word_id
),

phrases as (
  select
    mention_key,
    leaf_id,
    start_pos,
    start_pos + any_value(leaf_length) - 1 as end_pos
  from phrase_word_hits
  group by mention_key, leaf_id, start_pos
  having count(distinct word_index) = any_value(leaf_length)
),

tag_values as (
  select topic_texts.mention_key, 'hashtag' as tag_kind, tags.value
  from topic_texts
  cross join unnest(topic_texts.hashtags) as tags(value)
  union all
  select topic_texts.mention_key, 'handle' as tag_kind, handles.value
  from topic_texts
  cross join unnest(topic_texts.handles) as handles(value)
),

tags as (
  select distinct tag_values.mention_key, topic_tags.leaf_id
  from tag_values
  inner join topic_tags
    on topic_tags.tag_kind = tag_values.tag_kind
    and (topic_tags.pattern = tag_values.value or (topic_tags.is_prefix and starts_with(tag_values.value, topic_tags.pattern)))
),

final as (
  select mention_key, leaf_id, start_pos, end_pos from phrases
  union all
  select mention_key, leaf_id, null as start_pos, null as end_pos from tags
)

select * from final
