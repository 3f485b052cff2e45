-- Who wrote each mention, as `<platform>:<handle or id>`. Handles are lower case without '@'; a row
-- that has only an author id borrows the handle other rows of the same platform give that id.
with mentions as (
  select
    mention_id,
    platform,
    author_id,
    nullif(lower(ltrim(trim(author_handle), '@')), '') as handle
  from fct_mentions
),

handles_by_id as (
  select
    platform,
    author_id,
    min(handle) as handle
  from mentions
  where author_id is not null and handle is not null
  group by platform, author_id
),

final as (
  select
    mentions.mention_id,
    mentions.platform,
    mentions.platform || ':' || coalesce(mentions.handle, handles_by_id.handle, mentions.author_id) as author_key,
    coalesce(mentions.handle, handles_by_id.handle) as author_handle,
    mentions.author_id
  from mentions
  left join handles_by_id
    on handles_by_id.platform = mentions.platform and handles_by_id.author_id = mentions.author_id
  where coalesce(mentions.handle, handles_by_id.handle, mentions.author_id) is not null
)

select * from final
