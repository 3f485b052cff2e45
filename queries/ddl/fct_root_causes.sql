-- Complaint themes per brand and language ('all' or an ISO 639-1 code), filled by the root-causes stage
-- (pipelines/stages/root-causes.ts); the method is in docs/root-causes.md.
create table if not exists fct_root_causes (
  root_cause_id varchar not null,       -- stable: a theme keeps its id while a later run finds it again
  brand varchar not null,               -- topic_id of a brand or competitor
  lang varchar not null,                -- 'all' or the language clustered on its own
  label varchar not null,               -- the top key phrases, or 'miscellaneous'
  key_phrases varchar[] not null,       -- by class-based TF-IDF, best first
  is_misc boolean not null,             -- the bucket of mentions close to no theme
  size integer not null,
  share double not null,                -- of the clustered mentions of the brand and language
  mean_sentiment double,
  first_date date,
  last_date date,
  top_authors varchar[],
  is_new boolean not null,              -- no theme of the previous run matched it
  centroid json,                        -- top feature weights, to match the next run's themes
  population varchar not null,          -- negative or all
  run_id varchar not null
)
