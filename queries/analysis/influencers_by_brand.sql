-- The most influential authors talking about a brand: influence score (dim_authors, docs/influence.md)
-- next to how often they named the brand and their sentiment toward it.
--
-- Parameters (getvariable; all optional):
--   brand     a brand, competitor, product or topic id, or 'all'   default 'pakkit'
--   platform  one platform or 'all'                                 default 'all'
--   top       authors to show                                       default 20
--
-- listen sql analysis/influencers_by_brand --param brand=rushbee --param platform=x
-- DuckDB CLI: set variable brand = 'rushbee'; .read queries/analysis/influencers_by_brand.sql
with brand_mentions as (
  select mention_id, sentiment_label, sentiment_score, engagement
  from fct_topic_mentions
  where topic_id = coalesce(getvariable('brand'), 'pakkit')
),

mention_authors as (
  select mention_id, author_key from int_mention_authors
),

authors as (
  select * from dim_authors
  where coalesce(getvariable('platform'), 'all') = 'all' or platform = getvariable('platform')
),

per_author as (
  select
    mention_authors.author_key,
    count(*) as brand_mentions,
    count(*) filter (where brand_mentions.sentiment_label = 'positive') as positive,
    count(*) filter (where brand_mentions.sentiment_label = 'negative') as negative,
    avg(brand_mentions.sentiment_score) as mean_sentiment_score,
    sum(brand_mentions.engagement) as engagement_on_brand_mentions
  from brand_mentions
  inner join mention_authors on mention_authors.mention_id = brand_mentions.mention_id
  group by mention_authors.author_key
),

final as (
  select
    row_number() over (order by authors.influence_score desc, per_author.brand_mentions desc, authors.author_key) as author_rank,
    authors.author_key,
    authors.platform,
    authors.author_handle,
    authors.author_name,
    authors.followers,
    authors.is_verified,
    round(authors.influence_score, 2) as influence_score,
    per_author.brand_mentions,
    per_author.positive,
    per_author.negative,
    round((per_author.positive - per_author.negative) / per_author.brand_mentions, 3) as net_sentiment,
    round(per_author.mean_sentiment_score, 3) as mean_sentiment_score,
    per_author.engagement_on_brand_mentions
  from per_author
  inner join authors on authors.author_key = per_author.author_key
)

select * from final
where author_rank <= coalesce(cast(getvariable('top') as integer), 20)
order by author_rank
