-- Who spoke in the spike: the day's authors by mentions, with their influence.
with window_mentions as (
  select author_key, sentiment_label from series_window where is_spike and author_key is not null
),

authors as (
  select author_key, author_handle, influence_score from dim_authors
),

counts as (
  select
    author_key,
    count(*) as mentions,
    count(*) filter (where sentiment_label = 'negative') as negative
  from window_mentions
  group by author_key
),

final as (
  select counts.author_key, authors.author_handle, counts.mentions, counts.negative, authors.influence_score
  from counts
  left join authors on authors.author_key = counts.author_key
  order by counts.mentions desc, authors.influence_score desc nulls last, counts.author_key
  limit $limit
)

select * from final
