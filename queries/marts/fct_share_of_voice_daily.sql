-- Share of voice per day, platform and language: each brand (ours and competitors of dim_topics)
-- against the others, in volume, reach and engagement, with net sentiment toward the brand (from
-- mention_topics.brand_sentiment_label). Noise is counted, not dropped: volume holds every mention,
-- volume_excluding_noise leaves out near-duplicate copies and machine-rate authors (mention_noise),
-- and near_duplicates / machine_rate_mentions say how many each filter removed (a mention can be both).
with brands as (
  select topic_id, name, kind
  from dim_topics
  where kind in ('brand', 'competitor')
),

brand_mentions as (
  select mention_id, topic_id, brand_sentiment_label
  from mention_topics
  where topic_kind in ('brand', 'competitor')
),

mentions as (
  select
    mention_id,
    created_date,
    platform,
    coalesce(lang, 'und') as lang,
    coalesce(reach, author_followers, 0) as reach,
    engagement
  from fct_mentions
),

noise as (
  select mention_id, is_near_duplicate, is_machine_rate_author
  from mention_noise
),

flagged as (
  select
    mentions.created_date,
    mentions.platform,
    mentions.lang,
    brand_mentions.topic_id,
    mentions.reach,
    mentions.engagement,
    brand_mentions.brand_sentiment_label,
    coalesce(noise.is_near_duplicate, false) as is_near_duplicate,
    coalesce(noise.is_machine_rate_author, false) as is_machine_rate_author
  from brand_mentions
  inner join mentions on mentions.mention_id = brand_mentions.mention_id
  left join noise on noise.mention_id = brand_mentions.mention_id
),

per_brand as (
  select
    created_date,
    platform,
    lang,
    topic_id,
    count(*) as volume,
    count(*) filter (where not is_near_duplicate and not is_machine_rate_author) as volume_excluding_noise,
    count(*) filter (where is_near_duplicate) as near_duplicates,
    count(*) filter (where is_machine_rate_author) as machine_rate_mentions,
    sum(reach) as reach,
    sum(engagement) as engagement,
    count(*) filter (where brand_sentiment_label = 'positive') as positive,
    count(*) filter (where brand_sentiment_label = 'negative') as negative,
    count(*) filter (where brand_sentiment_label = 'neutral') as neutral
  from flagged
  group by created_date, platform, lang, topic_id
),

final as (
  select
    per_brand.created_date,
    per_brand.platform,
    per_brand.lang,
    per_brand.topic_id,
    brands.name as topic_name,
    brands.kind as topic_kind,
    per_brand.volume,
    per_brand.volume_excluding_noise,
    per_brand.volume - per_brand.volume_excluding_noise as noise_removed,
    per_brand.near_duplicates,
    per_brand.machine_rate_mentions,
    per_brand.reach,
    per_brand.engagement,
    per_brand.positive,
    per_brand.negative,
    per_brand.neutral,
    (per_brand.positive - per_brand.negative) / per_brand.volume as net_sentiment,
    per_brand.volume / sum(per_brand.volume) over day_slice as share_of_voice,
    per_brand.volume_excluding_noise / nullif(sum(per_brand.volume_excluding_noise) over day_slice, 0) as share_of_voice_excluding_noise,
    per_brand.reach / nullif(sum(per_brand.reach) over day_slice, 0) as share_of_reach,
    per_brand.engagement / nullif(sum(per_brand.engagement) over day_slice, 0) as share_of_engagement
  from per_brand
  inner join brands on brands.topic_id = per_brand.topic_id
  window day_slice as (partition by per_brand.created_date, per_brand.platform, per_brand.lang)
)

select * from final
