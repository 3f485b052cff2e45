-- Filled by the trends stage: words and hashtags whose rate rises against their own baseline.
create table if not exists fct_emerging_terms (
  topic_id varchar not null,            -- a brand/topic of mention_topics, or 'all'
  topic_name varchar,
  kind varchar not null,                -- term, hashtag
  term varchar not null,
  term_rank bigint not null,            -- by G² within the topic and kind
  recent_count bigint not null,         -- mentions using it in the recent window
  baseline_count bigint not null,       -- mentions using it in the baseline window
  recent_total bigint not null,
  baseline_total bigint not null,
  rate_ratio double,                    -- recent rate / baseline rate (null when new)
  g2 double not null,                   -- Dunning's log-likelihood
  first_seen_date date,                 -- first day in the two windows
  recent_from date not null,
  recent_to date not null,
  baseline_from date not null,
  run_id varchar not null,
  computed_at timestamptz not null
)
