-- The topics of listening.config.ts as the topics stage last matched them; query is the expanded
-- query (aliases and misspellings included) in canonical form.
create table if not exists dim_topics (
  topic_id varchar,
  name varchar,
  kind varchar,                         -- brand, competitor, product, topic
  parent_id varchar,
  query varchar
);
