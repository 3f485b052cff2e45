-- Every mention that has an author, with the author key and the columns the influence models read,
-- built once per run (a temp table) so that int_author_stats, int_interactions and the advocates
-- need no join of their own back to fct_mentions. The key is `<platform>:<handle or id>`: handles are
-- lower case without '@'; a row that has only an author id borrows the handle other rows of the same
-- platform give that id.
with mentions as (
  select
    mention_id,
    platform,
    author_id,
    nullif(lower(ltrim(trim(author_handle), '@')), '') as handle,
    author_name,
    author_followers,
    is_author_verified,
    created_at,
    created_date,
    engagement,
    sentiment_score,
    sentiment_label,
    parent_id,
    shared_from_id,
    mentioned_handles,
    case when shared_from_id is not null then json_extract_string(extra, '$.referenced_tweets[*].type') end as referenced_types,
    case when shared_from_id is not null then starts_with(body, 'RT @') end as starts_with_rt
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
    mentions.author_id,
    mentions.author_name,
    mentions.author_followers,
    mentions.is_author_verified,
    mentions.created_at,
    mentions.created_date,
    mentions.engagement,
    mentions.sentiment_score,
    mentions.sentiment_label,
    mentions.parent_id,
    mentions.shared_from_id,
    mentions.mentioned_handles,
    mentions.referenced_types,
    mentions.starts_with_rt
  from mentions
  left join handles_by_id
    on handles_by_id.platform = mentions.platform and handles_by_id.author_id = mentions.author_id
  where coalesce(mentions.handle, handles_by_id.handle, mentions.author_id) is not null
)

select * from final
