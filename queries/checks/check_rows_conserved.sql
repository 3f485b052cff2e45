-- Every row read from a loaded file is in a raw table or in ingest_rejects, and the file record agrees.
with raw_rows as (
  select file_id, count(*) as loaded from stg_raw_rows group by file_id
),

rejects as (
  select file_id, count(*) as rejected from ingest_rejects group by file_id
),

final as (
  select
    ingest_files.path,
    ingest_files.rows_read,
    coalesce(raw_rows.loaded, 0) as loaded,
    coalesce(rejects.rejected, 0) as rejected
  from ingest_files
  left join raw_rows on raw_rows.file_id = ingest_files.file_id
  left join rejects on rejects.file_id = ingest_files.file_id
  where ingest_files.status = 'loaded'
    and (ingest_files.rows_read <> coalesce(raw_rows.loaded, 0) + coalesce(rejects.rejected, 0)
      or ingest_files.rows_loaded <> coalesce(raw_rows.loaded, 0))
)

select * from final
