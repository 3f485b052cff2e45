-- Physical line of every record of the CSV being loaded. DuckDB numbers records, not lines: a quoted
-- field with line breaks, or a rejected record, shifts every line after it. Good rows are in the temp
-- table ingest_rows in file order (rowid = ordinal); rejected records are in ingest_csv_errors, whose
-- line is the header line plus the record's position among all records.
with good as (
  select rowid + 1 as k, source_newlines as nl
  from ingest_rows
),

cumulative as (
  select
    k,
    coalesce(sum(nl) over (order by k rows between unbounded preceding and 1 preceding), 0) as nl_before,
    sum(nl) over (order by k rows between unbounded preceding and current row) as nl_through
  from good
),

errors as (
  select
    line - $header_line as record,
    row_number() over (order by line) as j,
    first(csv_line) as csv_line,
    string_agg(distinct error_type || ': ' || error_message, '; ') as reason
  from ingest_csv_errors
  group by line
),

errors_placed as (
  select record, j, record - j as good_before, csv_line, reason from errors
),

rejects_before as (
  select good_before, max(j) as n from errors_placed group by good_before
),

good_lines as (
  select
    'good' as kind,
    cumulative.k - 1 as rid,
    $header_line + cumulative.k + coalesce(rejects_before.n, 0) + cumulative.nl_before as line,
    null as reason,
    null as csv_line
  from cumulative
  asof left join rejects_before on cumulative.k > rejects_before.good_before
),

error_lines as (
  select
    'error' as kind,
    null as rid,
    $header_line + errors_placed.record + coalesce(cumulative.nl_through, 0) as line,
    errors_placed.reason,
    errors_placed.csv_line
  from errors_placed
  asof left join cumulative on errors_placed.good_before >= cumulative.k
),

final as (
  select * from good_lines
  union all
  select * from error_lines
)

select * from final
