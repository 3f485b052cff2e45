-- Rows of the file being loaded (temp table ingest_rows) whose values cannot be read, with the reason.
-- The rules are the macros staging parses with, so a value is judged the same way in both places.
-- Rows whose values are plainly fine (an ISO time, counts of digits only) skip the full check. A cast
-- alone is not enough: it rounds '1.25' and reads '0x1F', which parse_count refuses; a count passes only
-- when it reads back as the same text (anything else, e.g. '007' or ' 12', gets the full check).
with suspects as (
  select rowid as rid, *
  from ingest_rows
  where not coalesce(
    year(try_cast(created_at as timestamp)) between 1990 and 2100
    and (author_followers is null or try_cast(author_followers as ubigint)::varchar = author_followers)
    and (likes is null or try_cast(likes as ubigint)::varchar = likes)
    and (shares is null or try_cast(shares as ubigint)::varchar = shares)
    and (comments is null or try_cast(comments as ubigint)::varchar = comments)
    and (views is null or try_cast(views as ubigint)::varchar = views)
    and (reach is null or try_cast(reach as ubigint)::varchar = reach)
    and (is_author_verified is null or lower(is_author_verified) in ('true', 'false')),
    false
  )
),

parsed as (
  select
    rid,
    created_at,
    author_followers, likes, shares, comments, views, reach, is_author_verified,
    parse_timestamp(created_at, $date_order, $tz) as parsed_created_at
  from suspects
),

final as (
  select
    rid,
    mention_reject_reason(created_at, parsed_created_at, $date_order, author_followers, likes, shares,
                          comments, views, reach, is_author_verified) as reason
  from parsed
)

select * from final where reason is not null
