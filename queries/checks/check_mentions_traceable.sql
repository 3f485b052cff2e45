-- Every mention has a time and can be traced to a file and line.
with final as (
  select mention_id, source_file, source_line, created_at
  from fct_mentions
  where source_file is null or source_line is null or created_at is null
)

select * from final
