-- The contract of the topics stage (brand/topic matching, issue 5), created empty so the trends and
-- advocates models run before that stage exists; the topics stage replaces both tables when it runs.
create table if not exists mention_topics (
  mention_id varchar,
  topic_id varchar,
  topic_kind varchar,                   -- brand, competitor, product, topic
  matched_terms varchar[],
  brand_sentiment_score double,
  brand_sentiment_label varchar
);

create table if not exists dim_topics (
  topic_id varchar,
  name varchar,
  kind varchar,
  parent_id varchar,
  query varchar
);
