-- The distinct folded texts worth comparing (at least $min_words words), each with a key in text order.
with copy_texts as (
  select copy_text
  from noise_copy_texts
  group by copy_text
),

final as (
  select copy_text, (row_number() over (order by copy_text) - 1)::integer as text_key
  from copy_texts
  where len(string_split(copy_text, ' ')) >= $min_words
)

select * from final
