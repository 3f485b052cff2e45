-- The rows of mention_topics: each match with its terms and the sentiment toward the topic (the
-- clauses naming it when the mention names several brands, else the mention's own sentiment).
with matches as (
  select * from topic_matches
),

final as (
  select
    topic_texts.mention_id,
    topic_meta.topic_id,
    topic_meta.topic_kind,
    matches.matched_terms,
    coalesce(topic_clause_sentiment.sentiment_score, mention_sentiment.sentiment_score) as brand_sentiment_score,
    coalesce(topic_clause_sentiment.sentiment_label, mention_sentiment.sentiment_label) as brand_sentiment_label
  from matches
  inner join topic_meta on topic_meta.topic_idx = matches.topic_idx
  inner join topic_texts on topic_texts.rowid = matches.mention_key
  left join topic_clause_sentiment
    on topic_clause_sentiment.mention_key = matches.mention_key
    and topic_clause_sentiment.topic_idx = matches.topic_idx
  left join mention_sentiment on mention_sentiment.mention_id = topic_texts.mention_id
)

select * from final
