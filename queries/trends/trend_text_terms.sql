-- The words of every text the trends stage counts (trend_mentions: the emerging-term windows and the
-- alerts' series windows), one row per distinct text and word: each text is tokenized once for both,
-- however many mentions, topics and alerts share it.
with texts as (
  select text_key, any_value(text) as text
  from trend_mentions
  group by text_key
),

final as (
  select text_key, unnest(mention_terms(text)) as term from texts
)

select * from final
