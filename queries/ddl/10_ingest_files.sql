create table if not exists ingest_files (
  file_id varchar not null,         -- sha256 of the content: a file's identity
  path varchar not null,            -- relative to the workspace root
  size_bytes bigint,
  mtime_ms double,                  -- with size, lets an unchanged file skip re-hashing
  format varchar,                   -- generic, brandwatch, talkwalker, meltwater, sprinklr, brand24, x_api_v2, reddit
  encoding varchar,
  date_order varchar,               -- dmy / mdy when declared for slashed dates
  time_zone varchar,                -- zone of naive timestamps
  status varchar not null,          -- loaded, refused, replaced
  rows_read bigint,
  rows_loaded bigint,
  rows_rejected bigint,
  message varchar,
  batch_id varchar,
  loaded_at timestamptz,
  primary key (file_id, path)       -- the same content may sit at two paths (one loaded, a copy skipped or refused)
);
