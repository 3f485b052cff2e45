-- Filled by the trends stage (pipelines/stages/trends.ts); the method is in docs/trends.md.
create table if not exists fct_alerts (
  alert_id varchar not null,            -- stable: the same spike gets the same id on every run
  alert_date date not null,
  grain varchar not null,               -- day
  topic_id varchar not null,            -- a brand/topic of mention_topics, or 'all'
  topic_name varchar,
  topic_kind varchar,
  platform varchar not null,            -- or 'all'
  lang varchar not null,                -- or 'all'
  metric varchar not null,              -- volume, negative_volume, net_sentiment
  direction varchar not null,           -- up, down
  severity varchar not null,            -- low, medium, high
  observed double not null,
  expected double not null,
  scale double not null,                -- robust σ of the baseline
  z_score double not null,
  baseline_start date not null,
  baseline_end date not null,
  drivers json,                         -- {terms, hashtags, authors, platforms, languages, hours, clusters}
  method_version varchar not null,
  run_id varchar not null,
  detected_at timestamptz not null
)
