-- The data dictionary for fct_topic_mentions: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table fct_topic_mentions is 'One row per mention and brand/topic it matched, plus one row per mention under topic_id all, with the sentiment toward that brand; what the series marts count.';
comment on column fct_topic_mentions.topic_id is 'The brand, competitor, product or topic matched (dim_topics.topic_id), or all for every mention.';
comment on column fct_topic_mentions.mention_id is 'The mention (fct_mentions.mention_id).';
comment on column fct_topic_mentions.created_date is 'Day of the mention (UTC).';
comment on column fct_topic_mentions.created_hour is 'Hour of the mention (UTC, truncated).';
comment on column fct_topic_mentions.platform is 'Platform of the mention, unknown when missing.';
comment on column fct_topic_mentions.lang is 'Language of the mention (ISO 639-1), und when unknown.';
comment on column fct_topic_mentions.sentiment_label is 'positive, neutral or negative toward the topic: the brand-level label when the mention names several brands, else the mention''s.';
comment on column fct_topic_mentions.sentiment_score is 'Sentiment toward the topic, −1 to 1, chosen as sentiment_label is.';
comment on column fct_topic_mentions.reach is 'Reach of the mention: exported reach, else the author''s followers, else 0.';
comment on column fct_topic_mentions.engagement is 'likes + shares + comments of the mention.';
