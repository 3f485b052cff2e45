-- Every table and view of the warehouse with its kind, comment and size, for `.tables`, the data
-- dictionary and `listen docs`. Temporary and DuckDB's own relations are left out.
with tables as (
  select table_name as relation, 'table' as kind, comment, estimated_size as row_estimate, column_count
  from duckdb_tables()
  where not temporary and not internal and schema_name = 'main'
),

views as (
  select view_name as relation, 'view' as kind, comment, null::bigint as row_estimate, column_count
  from duckdb_views()
  where not temporary and not internal and schema_name = 'main'
),

final as (
  select * from tables
  union all
  select * from views
)

select * from final
order by relation
