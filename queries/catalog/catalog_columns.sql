-- Every column of the warehouse's tables and views, in table order, with type, nullability and
-- comment, for `.schema NAME`, the data dictionary and `listen docs`.
with relations as (
  select relation, kind from (
    select table_name as relation, 'table' as kind from duckdb_tables() where not temporary and not internal and schema_name = 'main'
    union all
    select view_name, 'view' from duckdb_views() where not temporary and not internal and schema_name = 'main'
  )
),

columns as (
  select table_name as relation, column_index, column_name, data_type, is_nullable, comment
  from duckdb_columns()
  where not internal and schema_name = 'main'
),

final as (
  select
    relations.relation,
    relations.kind,
    columns.column_index,
    columns.column_name,
    columns.data_type,
    columns.is_nullable,
    columns.comment
  from columns
  inner join relations on relations.relation = columns.relation
)

select * from final
order by relation, column_index
