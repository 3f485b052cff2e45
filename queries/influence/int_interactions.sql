-- The interaction graph's edge list: who replied to, reposted, quoted or @mentioned whom, one row per
-- ordered pair of authors on a platform. A post counts once per target: a retweet whose text starts
-- "RT @maya" is a repost of maya, not also a mention of her. Self-interactions are dropped.
with authors as (
  select mention_id, author_key from influence_mentions
),

mentions as (
  select mention_id, platform, author_key, parent_id, shared_from_id, mentioned_handles, referenced_types, starts_with_rt
  from influence_mentions
  where parent_id is not null or shared_from_id is not null or len(mentioned_handles) > 0
),

post_references as (
  select mention_id, platform, author_key as source_key, parent_id as referenced_id, 'reply' as kind, 1 as priority
  from mentions
  where parent_id is not null
  union all
  select
    mention_id,
    platform,
    author_key as source_key,
    shared_from_id as referenced_id,
    case
      when list_contains(referenced_types, 'quoted') then 'quote'
      when list_contains(referenced_types, 'retweeted') or starts_with_rt then 'repost'
      else 'quote'
    end as kind,
    1 as priority
  from mentions
  where shared_from_id is not null
),

post_edges as (
  select
    post_references.mention_id,
    post_references.platform,
    post_references.source_key,
    target.author_key as target_key,
    post_references.kind,
    post_references.priority
  from post_references
  inner join authors as target on target.mention_id = post_references.referenced_id
),

handle_edges as (
  select
    mention_id,
    platform,
    source_key,
    platform || ':' || lower(ltrim(handle, '@')) as target_key,
    'mention' as kind,
    2 as priority
  from (select mention_id, platform, author_key as source_key, unnest(mentioned_handles) as handle from mentions)
),

edges as (
  select platform, source_key, target_key, kind
  from (select * from post_edges union all select * from handle_edges) as all_edges
  where target_key <> source_key
  qualify row_number() over (partition by mention_id, target_key order by priority) = 1
),

final as (
  select
    platform,
    source_key,
    target_key,
    count(*) filter (where kind = 'reply') as replies,
    count(*) filter (where kind = 'repost') as reposts,
    count(*) filter (where kind = 'quote') as quotes,
    count(*) filter (where kind = 'mention') as mentions,
    count(*) as weight
  from edges
  group by platform, source_key, target_key
)

select * from final
