-- The distinct texts worth comparing (not reposts, at least $min_words words), each with a key.
with texts as (
  select copy_text
  from noise_texts
  where not is_repost and len(string_split(copy_text, ' ')) >= $min_words
  group by copy_text
),

final as (
  select copy_text, (row_number() over (order by copy_text) - 1)::integer as text_key
  from texts
)

select * from final
