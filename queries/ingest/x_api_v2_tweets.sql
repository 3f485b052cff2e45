-- Tweets of X API v2 responses (one response per line of ingest_json_lines), joined to their authors
-- from includes.users of any page of the same file. Referenced tweets in includes are context, not mentions.
with pages as (
  select source_line, line::json as page
  from ingest_json_lines
  where is_valid and json_type(line::json -> 'data') = 'ARRAY'
),

users as (
  select user_json ->> 'id' as user_id, first(user_json) as user_json
  from (
    select unnest(from_json(page -> '$.includes.users', '["json"]')) as user_json
    from pages
  )
  group by all
),

tweets as (
  select source_line, unnest(from_json(page -> 'data', '["json"]')) as tweet
  from pages
),

referenced as (
  select
    tweets.*,
    from_json(tweet -> 'referenced_tweets', '[{"type": "varchar", "id": "varchar"}]') as refs
  from tweets
),

final as (
  select
    referenced.source_line,
    tweet ->> 'id' as native_id,
    'x' as platform,
    null as source_name,
    'https://x.com/' || coalesce(users.user_json ->> 'username', 'i') || '/status/' || (tweet ->> 'id') as url,
    tweet ->> 'created_at' as created_at,
    tweet ->> 'author_id' as author_id,
    users.user_json ->> 'username' as author_handle,
    users.user_json ->> 'name' as author_name,
    users.user_json -> 'public_metrics' ->> 'followers_count' as author_followers,
    users.user_json ->> 'verified' as is_author_verified,
    null as title,
    coalesce(tweet -> 'note_tweet' ->> 'text', tweet ->> 'text') as body,
    tweet ->> 'lang' as lang,
    null as country,
    users.user_json ->> 'location' as location,
    tweet -> 'public_metrics' ->> 'like_count' as likes,
    tweet -> 'public_metrics' ->> 'retweet_count' as shares,
    tweet -> 'public_metrics' ->> 'reply_count' as comments,
    tweet -> 'public_metrics' ->> 'impression_count' as views,
    null as reach,
    list_filter(refs, ref -> ref.type = 'replied_to')[1].id as parent_id,
    list_filter(refs, ref -> ref.type in ('retweeted', 'quoted'))[1].id as shared_from_id,
    tweet ->> 'conversation_id' as thread_id,
    (tweet -> '$.entities.hashtags')::varchar as hashtags,
    (tweet -> '$.entities.mentions')::varchar as mentioned_handles,
    (tweet -> '$.entities.urls')::varchar as links,
    null as vendor_sentiment,
    json_object(
      'referenced_tweets', tweet -> 'referenced_tweets',
      'in_reply_to_user_id', tweet ->> 'in_reply_to_user_id',
      'quote_count', tweet -> 'public_metrics' ->> 'quote_count',
      'author_public_metrics', users.user_json -> 'public_metrics'
    ) as extra
  from referenced
  left join users on users.user_id = (referenced.tweet ->> 'author_id')
)

select * from final
