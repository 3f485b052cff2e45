-- One raw table per source format, all of one shape: the canonical fields as the export wrote them
-- (untouched text), every other exported field in extra, and lineage to the file and line.
create table if not exists raw_generic (
  file_id varchar not null,
  source_file varchar not null,
  source_line bigint not null,
  source_newlines integer default 0,  -- line breaks inside the record's quoted fields, for line numbering
  batch_id varchar not null,
  ingested_at timestamptz not null,
  native_id varchar, platform varchar, source_name varchar, url varchar, created_at varchar,
  author_id varchar, author_handle varchar, author_name varchar, author_followers varchar, is_author_verified varchar,
  title varchar, body varchar, lang varchar, country varchar, location varchar,
  likes varchar, shares varchar, comments varchar, views varchar, reach varchar,
  parent_id varchar, shared_from_id varchar, thread_id varchar,
  hashtags varchar, mentioned_handles varchar, links varchar, vendor_sentiment varchar,
  extra json
);
create table if not exists raw_brandwatch as select * from raw_generic limit 0;
create table if not exists raw_talkwalker as select * from raw_generic limit 0;
create table if not exists raw_meltwater as select * from raw_generic limit 0;
create table if not exists raw_sprinklr as select * from raw_generic limit 0;
create table if not exists raw_brand24 as select * from raw_generic limit 0;
create table if not exists raw_x_api_v2 as select * from raw_generic limit 0;
create table if not exists raw_reddit as select * from raw_generic limit 0;
