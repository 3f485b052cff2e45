-- The words of every text the trends stage counts, one row per distinct text and word: the texts of
-- the emerging-term windows ($baseline_from to $to) and those of the alerts' series windows. Each
-- text is tokenized once for both, however many mentions, topics and alerts share it.
with texts as (
  select text_key, any_value(text) as text
  from trend_mentions
  where created_date between $baseline_from and $to
    or text_key in (select text_key from series_window)
  group by text_key
),

final as (
  select text_key, unnest(mention_terms(text)) as term from texts
)

select * from final
