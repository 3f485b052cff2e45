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
-- What the stage's output depended on (its options, SQL and the data version); an equal fingerprint
-- on a later run means the stage is up to date and is skipped.
alter table pipeline_runs add column if not exists fingerprint varchar;
