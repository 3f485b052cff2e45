-- The data dictionary for stage_inputs: the table's DDL is queries/ddl/31_stage_inputs.sql.
comment on table stage_inputs is 'Per stage, the loaded export files and the code its output was last built from; the runner compares them with ingest_files to hand a stage only the new files (docs/incremental.md).';
comment on column stage_inputs.stage is 'Stage name (pipelines/pipeline.ts).';
comment on column stage_inputs.code_fingerprint is 'Hash of the stage''s options, SQL and schema and those of the stages before it; when it changes the stage rebuilds from everything.';
comment on column stage_inputs.file_ids is 'ingest_files.file_id of every file that was loaded when the stage last succeeded.';
comment on column stage_inputs.recorded_at is 'When the stage last succeeded (UTC).';
comment on column stage_inputs.rebuilt_at is 'When the stage last rebuilt its output from every file rather than appending what new files brought; a later stage that read it since then rebuilds too.';
