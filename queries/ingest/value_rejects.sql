-- Rows of the file being loaded (temp table ingest_rows) whose values cannot be read, with the reason.
-- The rules are the macros staging parses with, so a value is judged the same way in both places.
with parsed as (
  select
    rowid as rid,
    created_at,
    author_followers, likes, shares, comments, views, reach, is_author_verified,
    parse_timestamp(created_at, $date_order, $tz) as parsed_created_at
  from ingest_rows
),

final as (
  select
    rid,
    mention_reject_reason(created_at, parsed_created_at, $date_order, author_followers, likes, shares,
                          comments, views, reach, is_author_verified) as reason
  from parsed
)

select * from final where reason is not null
