-- Every place (1-based word position) a mention holds a query word.
with tokens as (
  -- generate_subscripts pairs each word with its position; `with ordinality` was ten times slower (DuckDB 1.5).
  select rowid as text_key, unnest(words) as token, generate_subscripts(words, 1) as pos
  from topic_texts
),

final as (
  select tokens.text_key, tokens.pos, topic_token_words.word_id
  from tokens
  inner join topic_token_words on topic_token_words.token = tokens.token
)

select * from final
