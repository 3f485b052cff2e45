-- Which topic queries (brands, competitors, products, topics of listening.config.ts) each mention
-- matched, with the terms that matched and the sentiment toward the topic. Filled by the topics stage.
create table if not exists mention_topics (
  mention_id varchar,
  topic_id varchar,
  topic_kind varchar,                   -- brand, competitor, product, topic
  matched_terms varchar[],              -- the query's terms found, canonical: pakkit, "pakkit app", #pakkit, deliver*
  brand_sentiment_score double,         -- [-1, 1]: the clauses naming the topic when a mention names several brands, else the mention's
  brand_sentiment_label varchar         -- positive, neutral, negative
);
