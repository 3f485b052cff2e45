-- The ten strongest advocates and detractors of every brand and competitor (fct_brand_advocates).
with advocates as (
  select *
  from fct_brand_advocates
  where role_rank <= 10
),

final as (
  select
    brand_id as topic_id,
    brand_name as topic_name,
    role,
    role_rank,
    platform,
    author_handle,
    author_name,
    platform || ':' || coalesce(author_handle, author_name, author_key) as author,
    followers,
    mentions,
    round(net_sentiment, 4) as net_sentiment,
    round(influence_score, 2) as influence_score,
    round(advocacy_score, 2) as advocacy_score
  from advocates
  order by brand_id, role, role_rank
)

select * from final
