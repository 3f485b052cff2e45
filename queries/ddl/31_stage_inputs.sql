-- Which loaded export files each stage's output was last built from, and from what code: the runner
-- compares them with ingest_files to tell a stage that only new files arrived (it may then work on
-- those alone) or that it must rebuild from everything.
create table if not exists stage_inputs (
  stage varchar primary key,
  code_fingerprint varchar not null,
  file_ids varchar[] not null,
  recorded_at timestamptz not null,
  rebuilt_at timestamptz not null
);
