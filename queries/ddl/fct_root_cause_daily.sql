-- Mentions per theme per day; filled by the root-causes stage from queries/root_causes/root_cause_daily.sql.
create table if not exists fct_root_cause_daily (
  root_cause_id varchar not null,
  mention_date date not null,
  mentions integer not null
)
