-- The data dictionary for fct_volume_daily: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table fct_volume_daily is 'Daily series per brand/topic, platform and language (with all rollups): volume, sentiment, reach and engagement, one row for every day of the data''s span so baselines see quiet days; read by the trends stage.';
comment on column fct_volume_daily.topic_id is 'The brand, competitor, product or topic (dim_topics.topic_id), or all for every mention.';
comment on column fct_volume_daily.platform is 'Platform of the series, or all for the rollup over platforms.';
comment on column fct_volume_daily.lang is 'Language of the series (ISO 639-1, und when unknown), or all for the rollup over languages.';
comment on column fct_volume_daily.mentions is 'Mentions in the period; 0 when nothing was said.';
comment on column fct_volume_daily.positive is 'Positive mentions (toward the topic where a mention names several brands).';
comment on column fct_volume_daily.negative is 'Negative mentions.';
comment on column fct_volume_daily.neutral is 'Neutral mentions.';
comment on column fct_volume_daily.net_sentiment is '(positive − negative) / mentions, −1 to 1; null when there were no mentions.';
comment on column fct_volume_daily.mean_sentiment_score is 'Mean sentiment score of the mentions, −1 to 1; null when there were none.';
comment on column fct_volume_daily.reach is 'Sum of the mentions'' reach (exported reach, else followers, else 0).';
comment on column fct_volume_daily.engagement is 'Sum of likes + shares + comments of the mentions.';
comment on column fct_volume_daily.created_date is 'The day (UTC).';
comment on column fct_volume_daily.day_of_week is 'ISO day of week of created_date: 1 = Monday … 7 = Sunday.';
