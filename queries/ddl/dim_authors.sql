-- Filled by the influence stage (pipelines/stages/influence.ts); the score is documented in docs/influence.md.
create table if not exists dim_authors (
  author_key varchar not null,          -- <platform>:<handle, else id>
  platform varchar not null,
  author_handle varchar,
  author_id varchar,
  author_name varchar,
  followers bigint,
  is_verified boolean,
  mentions bigint,                      -- activity: mentions written
  active_days bigint,
  first_seen_at timestamptz,
  last_seen_at timestamptz,
  engagement_received bigint,           -- likes + shares + comments on their mentions
  engagement_per_mention double,
  replies_received bigint,
  reposts_received bigint,
  quotes_received bigint,
  mentions_received bigint,             -- @mentions by other authors
  amplification bigint,                 -- replies + reposts + quotes received
  interacting_authors bigint,           -- distinct authors who interacted with them
  pagerank double,
  pagerank_rank bigint,                 -- within the platform
  centrality_component double,          -- the score's components, 0–1 within the platform
  amplification_component double,
  reach_component double,
  engagement_component double,
  activity_component double,
  influence_score double not null,      -- 0–100, comparable within a platform
  influence_rank bigint not null,       -- within the platform
  formula_version varchar not null,
  run_id varchar not null,
  computed_at timestamptz not null
)
