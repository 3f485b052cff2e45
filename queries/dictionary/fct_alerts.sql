-- The data dictionary for fct_alerts: the table's DDL is queries/ddl/fct_alerts.sql. The runner applies these
-- comments at the start of every run and after the stage that writes the table.
comment on table fct_alerts is 'Spike alerts: days on which a brand''s or topic''s volume, negative volume or net sentiment left its robust weekly baseline, with what drove them; filled by the trends stage (docs/trends.md).';
comment on column fct_alerts.alert_id is 'Stable id: the same spike gets the same id on every run.';
comment on column fct_alerts.alert_date is 'The day (UTC) of the spike.';
comment on column fct_alerts.grain is 'Time grain of the series: day.';
comment on column fct_alerts.topic_id is 'The brand or topic of mention_topics, or all for every mention.';
comment on column fct_alerts.topic_name is 'Display name of the brand or topic.';
comment on column fct_alerts.topic_kind is 'brand, competitor, product or topic; null for all.';
comment on column fct_alerts.platform is 'The platform the series covers, or all.';
comment on column fct_alerts.lang is 'The language the series covers (ISO 639-1), or all.';
comment on column fct_alerts.metric is 'volume, negative_volume or net_sentiment.';
comment on column fct_alerts.direction is 'up or down against the baseline.';
comment on column fct_alerts.severity is 'low, medium or high, from the robust z-score.';
comment on column fct_alerts.observed is 'The metric''s value on the alert day.';
comment on column fct_alerts.expected is 'The baseline''s expectation for that day.';
comment on column fct_alerts.scale is 'Robust standard deviation of the baseline.';
comment on column fct_alerts.z_score is '(observed − expected) / scale.';
comment on column fct_alerts.baseline_start is 'First day of the baseline window.';
comment on column fct_alerts.baseline_end is 'Last day of the baseline window.';
comment on column fct_alerts.drivers is 'What drove the spike, as JSON: terms, hashtags, authors, platforms, languages, peak_hours and complaint clusters over-represented on the day.';
comment on column fct_alerts.method_version is 'Version of the spike method (pipelines/trends/spike-options.ts).';
comment on column fct_alerts.run_id is 'Pipeline run that detected the alert.';
comment on column fct_alerts.detected_at is 'When the alert was detected (the run''s clock, UTC).';
