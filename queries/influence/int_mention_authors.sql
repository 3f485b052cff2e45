-- Who wrote each mention, as `<platform>:<handle or id>` (how the key is made: influence_mentions.sql).
with authored as (
  select mention_id, platform, author_key, author_handle, author_id from influence_mentions
)

select * from authored
