-- The data dictionary for ingest_rejects: the table's DDL is queries/ddl/11_ingest_rejects.sql. The runner applies these
-- comments at the start of every run and after the stage that writes the table.
comment on table ingest_rejects is 'Every record that could not be read, with its file, physical line and reason; nothing is dropped silently.';
comment on column ingest_rejects.file_id is 'Content hash of the file the record came from (ingest_files.file_id).';
comment on column ingest_rejects.source_file is 'Path of the file, relative to the workspace root.';
comment on column ingest_rejects.source_line is 'Physical line of the record in the file (1-based, correct across quoted multi-line fields).';
comment on column ingest_rejects.reason is 'Why the record was rejected, e.g. created_at ''31/31/2026'' is not a recognized timestamp, or TOO MANY COLUMNS.';
comment on column ingest_rejects.raw_text is 'The record''s text as it appears in the file.';
comment on column ingest_rejects.batch_id is 'Run id of the pipeline run that read the file.';
comment on column ingest_rejects.rejected_at is 'When the record was rejected (UTC).';
