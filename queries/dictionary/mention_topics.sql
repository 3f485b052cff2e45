-- The data dictionary for mention_topics: the table's DDL is queries/ddl/mention_topics.sql. The runner applies these
-- comments at the start of every run and after the stage that writes the table.
comment on table mention_topics is 'Which brand, competitor, product and topic queries of listening.config.ts each mention matched, with the terms found and the sentiment toward that brand; filled by the topics stage.';
comment on column mention_topics.mention_id is 'The mention (stg_mentions.mention_id).';
comment on column mention_topics.topic_id is 'The brand, competitor, product or topic matched (dim_topics.topic_id).';
comment on column mention_topics.topic_kind is 'brand, competitor, product or topic.';
comment on column mention_topics.matched_terms is 'The query''s terms found in the mention, canonical: pakkit, "pakkit app", #pakkit, deliver*.';
comment on column mention_topics.brand_sentiment_score is 'Sentiment toward this topic, −1 to 1: the clauses naming it when a mention names several brands, else the mention''s.';
comment on column mention_topics.brand_sentiment_label is 'positive, neutral or negative toward this topic.';
