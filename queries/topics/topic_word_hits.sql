-- Every place (1-based word position) a mention holds a query word.
with tokens as (
  select topic_texts.mention_key, words.token, words.pos
  from topic_texts
  cross join unnest(topic_texts.words) with ordinality as words(token, pos)
),

final as (
  select tokens.mention_key, tokens.pos, topic_token_words.word_id
  from tokens
  inner join topic_token_words on topic_token_words.token = tokens.token
)

select * from final
