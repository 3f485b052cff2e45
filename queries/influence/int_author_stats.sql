-- Per author: profile (latest known followers, name), activity, engagement received on their own
-- mentions, and the replies, reposts, quotes and @mentions other authors sent them.
with authored as (
  select author_key, platform, author_handle, author_id, author_name, author_followers, is_author_verified, created_at, created_date, engagement
  from influence_mentions
),

interactions as (
  select * from int_interactions
),

profiles as (
  select
    author_key,
    platform,
    min(author_handle) as author_handle,
    min(author_id) as author_id,
    arg_max(author_name, created_at) filter (where author_name is not null) as author_name,
    arg_max(author_followers, created_at) filter (where author_followers is not null) as followers,
    coalesce(bool_or(is_author_verified), false) as is_verified,
    count(*) as mentions,
    count(distinct created_date) as active_days,
    min(created_at) as first_seen_at,
    max(created_at) as last_seen_at,
    sum(engagement) as engagement_received
  from authored
  group by author_key, platform
),

received as (
  select
    target_key as author_key,
    sum(replies) as replies_received,
    sum(reposts) as reposts_received,
    sum(quotes) as quotes_received,
    sum(mentions) as mentions_received,
    count(*) as interacting_authors
  from interactions
  group by target_key
),

final as (
  select
    profiles.*,
    profiles.engagement_received / profiles.mentions as engagement_per_mention,
    coalesce(received.replies_received, 0) as replies_received,
    coalesce(received.reposts_received, 0) as reposts_received,
    coalesce(received.quotes_received, 0) as quotes_received,
    coalesce(received.mentions_received, 0) as mentions_received,
    coalesce(received.replies_received + received.reposts_received + received.quotes_received, 0) as amplification,
    coalesce(received.interacting_authors, 0) as interacting_authors
  from profiles
  left join received on received.author_key = profiles.author_key
)

select * from final
