-- The rows of mention_topics: each match of a text, for every mention holding that text, with its
-- terms and the sentiment toward the topic (the clauses naming it when the text names several brands,
-- scored in the mention's language; else the mention's own sentiment).
with matches as (
  select
    topic_matches.text_key,
    topic_matches.topic_idx,
    topic_matches.matched_terms,
    unnest(topic_texts.mention_ids) as mention_id,
    unnest(topic_texts.langs) as listed_lang
  from topic_matches
  inner join topic_texts on topic_texts.rowid = topic_matches.text_key
),

final as (
  select
    matches.mention_id,
    topic_meta.topic_id,
    topic_meta.topic_kind,
    matches.matched_terms,
    coalesce(topic_clause_sentiment.sentiment_score, mention_sentiment.sentiment_score) as brand_sentiment_score,
    coalesce(topic_clause_sentiment.sentiment_label, mention_sentiment.sentiment_label) as brand_sentiment_label
  from matches
  inner join topic_meta on topic_meta.topic_idx = matches.topic_idx
  left join mention_sentiment on mention_sentiment.mention_id = matches.mention_id
  left join topic_clause_sentiment
    on topic_clause_sentiment.text_key = matches.text_key
    and topic_clause_sentiment.topic_idx = matches.topic_idx
    and topic_clause_sentiment.lang is not distinct from coalesce(matches.listed_lang, mention_sentiment.lang)
)

select * from final
