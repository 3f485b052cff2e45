-- The rows of mention_topics: each match of a text, for every mention holding that text, with its
-- terms and the sentiment toward the topic (the clauses naming it when the text names several brands,
-- scored in the mention's language; else the mention's own sentiment).
with mentions as (
  select
    topic_mentions.text_key,
    topic_mentions.mention_id,
    coalesce(topic_mentions.lang, mention_sentiment.lang) as lang,
    mention_sentiment.sentiment_score,
    mention_sentiment.sentiment_label
  -- Nearly every text matches some topic: filtering the mentions first costs more than it saves.
  from topic_mentions
  left join mention_sentiment on mention_sentiment.mention_id = topic_mentions.mention_id
),

final as (
  select
    mentions.mention_id,
    topic_meta.topic_id,
    topic_meta.topic_kind,
    topic_matches.matched_terms,
    coalesce(topic_clause_sentiment.sentiment_score, mentions.sentiment_score) as brand_sentiment_score,
    coalesce(topic_clause_sentiment.sentiment_label, mentions.sentiment_label) as brand_sentiment_label
  from topic_matches
  inner join mentions on mentions.text_key = topic_matches.text_key
  inner join topic_meta on topic_meta.topic_idx = topic_matches.topic_idx
  left join topic_clause_sentiment
    on topic_clause_sentiment.text_key = topic_matches.text_key
    and topic_clause_sentiment.topic_idx = topic_matches.topic_idx
    and topic_clause_sentiment.lang is not distinct from mentions.lang
)

select * from final
