-- Appended by the influence stage on every run that computes scores; never rewritten, so scores of an
-- older formula version stay as they were.
create table if not exists fct_author_influence_history (
  run_id varchar not null,
  formula_version varchar not null,
  author_key varchar not null,
  influence_score double not null,
  computed_at timestamptz not null
)
