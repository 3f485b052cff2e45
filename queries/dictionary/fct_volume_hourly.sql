-- The data dictionary for fct_volume_hourly: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table fct_volume_hourly is 'Hourly series (UTC hours) per brand/topic, per platform and per language (no platform × language cross), one row for every hour of the data''s span.';
comment on column fct_volume_hourly.topic_id is 'The brand, competitor, product or topic (dim_topics.topic_id), or all for every mention.';
comment on column fct_volume_hourly.platform is 'Platform of the series, or all for the rollup over platforms.';
comment on column fct_volume_hourly.lang is 'Language of the series (ISO 639-1, und when unknown), or all for the rollup over languages.';
comment on column fct_volume_hourly.mentions is 'Mentions in the period; 0 when nothing was said.';
comment on column fct_volume_hourly.positive is 'Positive mentions (toward the topic where a mention names several brands).';
comment on column fct_volume_hourly.negative is 'Negative mentions.';
comment on column fct_volume_hourly.neutral is 'Neutral mentions.';
comment on column fct_volume_hourly.net_sentiment is '(positive − negative) / mentions, −1 to 1; null when there were no mentions.';
comment on column fct_volume_hourly.mean_sentiment_score is 'Mean sentiment score of the mentions, −1 to 1; null when there were none.';
comment on column fct_volume_hourly.reach is 'Sum of the mentions'' reach (exported reach, else followers, else 0).';
comment on column fct_volume_hourly.engagement is 'Sum of likes + shares + comments of the mentions.';
comment on column fct_volume_hourly.created_hour is 'The hour (UTC, start of the hour).';
comment on column fct_volume_hourly.created_date is 'Day of created_hour (UTC).';
comment on column fct_volume_hourly.hour_of_day is 'Hour of day, 0–23 (UTC).';
