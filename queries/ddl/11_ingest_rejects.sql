create table if not exists ingest_rejects (
  file_id varchar not null,
  source_file varchar not null,
  source_line bigint,
  reason varchar not null,
  raw_text varchar,
  batch_id varchar,
  rejected_at timestamptz
);
