-- Who spoke in each explained alert's spike: the day's authors by mentions, with their influence, at
-- most $limit per alert.
with spike_mentions as (
  select alert_id, mention_id, sentiment_label from series_window where is_spike
),

mention_authors as (
  select mention_id, author_key from int_mention_authors
),

authors as (
  select author_key, author_handle, influence_score from dim_authors
),

counts as (
  select
    spike_mentions.alert_id,
    mention_authors.author_key,
    count(*) as mentions,
    count(*) filter (where spike_mentions.sentiment_label = 'negative') as negative
  from spike_mentions
  inner join mention_authors on mention_authors.mention_id = spike_mentions.mention_id
  where mention_authors.author_key is not null
  group by spike_mentions.alert_id, mention_authors.author_key
),

final as (
  select counts.alert_id, counts.author_key, authors.author_handle, counts.mentions, counts.negative, authors.influence_score
  from counts
  left join authors on authors.author_key = counts.author_key
  qualify row_number() over (
    partition by counts.alert_id
    order by counts.mentions desc, authors.influence_score desc nulls last, counts.author_key
  ) <= $limit
)

select * from final
order by alert_id, mentions desc, influence_score desc nulls last, author_key
