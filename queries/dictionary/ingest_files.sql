-- The data dictionary for ingest_files: the table's DDL is queries/ddl/10_ingest_files.sql. The runner applies these
-- comments at the start of every run and after the stage that writes the table.
comment on table ingest_files is 'Every export file the ingest stage has seen, one row per content and path: format, status (loaded, refused, replaced), row counts and the refusal message.';
comment on column ingest_files.file_id is 'SHA-256 of the file''s content: its identity; the same content at two paths has one file_id.';
comment on column ingest_files.path is 'Path of the file relative to the workspace root.';
comment on column ingest_files.size_bytes is 'Size of the file in bytes when it was read.';
comment on column ingest_files.mtime_ms is 'Modification time (epoch milliseconds) when read; with size_bytes it lets an unchanged file skip re-hashing.';
comment on column ingest_files.format is 'Detected or configured export format: generic, brandwatch, talkwalker, meltwater, sprinklr, brand24, x_api_v2, reddit.';
comment on column ingest_files.encoding is 'Character encoding the file was read in (utf-8, utf-16le, latin-1, …).';
comment on column ingest_files.date_order is 'dmy or mdy when listening.config.ts declares the order of slashed dates for this file; null otherwise.';
comment on column ingest_files.time_zone is 'Time zone in which timestamps written without an offset were read (UTC unless a mapping says otherwise).';
comment on column ingest_files.status is 'loaded (rows are in a raw table), refused (nothing loaded; see message) or replaced (a newer version of the path was loaded).';
comment on column ingest_files.rows_read is 'Records read from the file (header and preamble excluded).';
comment on column ingest_files.rows_loaded is 'Records loaded into the raw table.';
comment on column ingest_files.rows_rejected is 'Records that went to ingest_rejects with a reason.';
comment on column ingest_files.message is 'Why the file was refused, with the way out (a mapping, a re-export); null when loaded.';
comment on column ingest_files.batch_id is 'Run id of the pipeline run that read the file (pipeline_runs.run_id).';
comment on column ingest_files.loaded_at is 'When the file was read (UTC).';
