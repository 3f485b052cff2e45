-- The data dictionary for pipeline_runs: the table's DDL is queries/ddl/30_pipeline_runs.sql. The runner applies these
-- comments at the start of every run and after the stage that writes the table.
comment on table pipeline_runs is 'One row per stage of each run of the main job: options, times, rows, warnings, status and the fingerprint that decides whether the stage is up to date.';
comment on column pipeline_runs.run_id is 'Id of the run: start time (UTC) and a random suffix; all stages of one run share it.';
comment on column pipeline_runs.stage is 'Stage name (pipelines/pipeline.ts): ingest, staging, sentiment, topics, noise, marts, influence, trends, root-causes, checks.';
comment on column pipeline_runs.options is 'The stage''s options for this run, as JSON (defaults merged with listening.config.ts and the command line).';
comment on column pipeline_runs.started_at is 'When the stage started (UTC).';
comment on column pipeline_runs.finished_at is 'When the stage finished (UTC); null while running or when the process died.';
comment on column pipeline_runs.rows is 'Rows the stage wrote (or checked), as it reports them.';
comment on column pipeline_runs.warnings is 'Warnings the stage gave, as a JSON array of sentences.';
comment on column pipeline_runs.status is 'running, succeeded, failed, or skipped (up to date: its fingerprint was unchanged).';
comment on column pipeline_runs.message is 'Why the stage failed, or why it was skipped.';
comment on column pipeline_runs.fingerprint is 'Hash of what the stage''s output depended on (options, SQL, data version, upstream); equal on a later run means up to date.';
