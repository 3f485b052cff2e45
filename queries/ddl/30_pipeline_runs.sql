create table if not exists pipeline_runs (
  run_id varchar not null,
  stage varchar not null,
  options json,
  started_at timestamptz not null,
  finished_at timestamptz,
  rows bigint,
  warnings json,
  status varchar not null,          -- running, succeeded, failed
  message varchar
);
