-- The data dictionary for fct_mentions: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table fct_mentions is 'One row per mention: the canonical mention with its language (exported, else detected), sentiment, day, engagement, and the hashtags, handles and links of its text when the export did not list them.';
comment on column fct_mentions.lang is 'Language, ISO 639-1: as exported, else detected (lang_source says which).';
comment on column fct_mentions.hashtags is 'Hashtags, lower case without #: as exported, else found in the text.';
comment on column fct_mentions.mentioned_handles is '@handles mentioned, lower case without @: as exported, else found in the text.';
comment on column fct_mentions.links is 'Links: as exported, else found in the text.';
comment on column fct_mentions.lang_source is 'export (the export gave the language) or detected.';
comment on column fct_mentions.lang_confidence is 'Confidence of the language, 0–1 (1 when the export gave it).';
comment on column fct_mentions.sentiment_score is 'Sentiment of the mention, −1 (negative) to 1 (positive) (mention_sentiment).';
comment on column fct_mentions.sentiment_label is 'positive, neutral or negative.';
comment on column fct_mentions.sentiment_scorer is 'The scorer and its version, e.g. rules-v1 (docs/sentiment.md).';
comment on column fct_mentions.sentiment_evidence is 'Why: the words and rules that moved the score, as JSON.';
comment on column fct_mentions.created_date is 'Day of created_at (UTC).';
comment on column fct_mentions.engagement is 'likes + shares + comments (missing counts as 0).';
comment on column fct_mentions.is_reply is 'True when the post replies to another (parent_id is set).';
comment on column fct_mentions.is_share is 'True when the post reposts or quotes another (shared_from_id is set).';
