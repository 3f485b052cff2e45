-- Top advocates and detractors per brand: authors ranked by influence × their net sentiment toward
-- the brand ((positive − negative) / mentions, from the brand-level label when topic matching gives
-- one). At most $top_n authors per brand and role.
with topics as (
  select topic_id, name, kind from dim_topics
),

brand_mentions as (
  select mention_id, topic_id, brand_sentiment_score, brand_sentiment_label
  from mention_topics
  where topic_kind in ('brand', 'competitor')
),

authors as (
  select mention_id, author_key, sentiment_score, sentiment_label from influence_mentions
),

influence as (
  select author_key, platform, author_handle, author_name, followers, influence_score, influence_rank from dim_authors
),

author_brands as (
  select
    brand_mentions.topic_id,
    authors.author_key,
    count(*) as mentions,
    count(*) filter (where coalesce(brand_mentions.brand_sentiment_label, authors.sentiment_label) = 'positive') as positive_mentions,
    count(*) filter (where coalesce(brand_mentions.brand_sentiment_label, authors.sentiment_label) = 'negative') as negative_mentions,
    avg(coalesce(brand_mentions.brand_sentiment_score, authors.sentiment_score)) as mean_sentiment_score
  from brand_mentions
  inner join authors on authors.mention_id = brand_mentions.mention_id
  group by brand_mentions.topic_id, authors.author_key
),

scored as (
  select
    author_brands.*,
    (author_brands.positive_mentions - author_brands.negative_mentions) / author_brands.mentions as net_sentiment,
    influence.platform,
    influence.author_handle,
    influence.author_name,
    influence.followers,
    influence.influence_score,
    influence.influence_rank
  from author_brands
  inner join influence on influence.author_key = author_brands.author_key
  where author_brands.positive_mentions <> author_brands.negative_mentions
),

ranked as (
  select
    *,
    case when net_sentiment > 0 then 'advocate' else 'detractor' end as role,
    round(influence_score * net_sentiment, 2) as advocacy_score,
    row_number() over (
      partition by topic_id, net_sentiment > 0
      order by abs(influence_score * net_sentiment) desc, mentions desc, author_key
    ) as role_rank
  from scored
),

final as (
  select
    ranked.topic_id as brand_id,
    coalesce(topics.name, ranked.topic_id) as brand_name,
    ranked.role,
    ranked.role_rank,
    ranked.author_key,
    ranked.platform,
    ranked.author_handle,
    ranked.author_name,
    ranked.followers,
    ranked.mentions,
    ranked.positive_mentions,
    ranked.negative_mentions,
    ranked.net_sentiment,
    ranked.mean_sentiment_score,
    ranked.influence_score,
    ranked.influence_rank,
    ranked.advocacy_score
  from ranked
  left join topics on topics.topic_id = ranked.topic_id
  where ranked.role_rank <= $top_n
)

select * from final
