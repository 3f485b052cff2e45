-- The data dictionary for mention_sentiment: the table's DDL is queries/ddl/mention_sentiment.sql. The runner applies these
-- comments at the start of every run and after the stage that writes the table.
comment on table mention_sentiment is 'Language and sentiment of each mention with the evidence behind the score; filled by the sentiment stage (docs/sentiment.md).';
comment on column mention_sentiment.mention_id is 'The mention (stg_mentions.mention_id).';
comment on column mention_sentiment.lang is 'Language, ISO 639-1: the exported one, else detected.';
comment on column mention_sentiment.lang_source is 'export (the export gave the language) or detected.';
comment on column mention_sentiment.lang_confidence is 'Confidence of the language, 0–1 (1 when the export gave it).';
comment on column mention_sentiment.sentiment_score is 'Sentiment score, −1 (negative) to 1 (positive).';
comment on column mention_sentiment.sentiment_label is 'positive, neutral or negative.';
comment on column mention_sentiment.scorer is 'The scorer and its version, e.g. rules-v1 or a trained model (docs/sentiment.md).';
comment on column mention_sentiment.evidence is 'Why: the words and rules that moved the score, as JSON.';
comment on column mention_sentiment.scored_at is 'When the mention was scored (UTC).';
comment on column mention_sentiment.scored_text_md5 is 'md5 of the text and export language that were scored; when the mention''s text changes (an edited post, a replaced export) the next run scores it again. Null on rows scored before it was kept.';
