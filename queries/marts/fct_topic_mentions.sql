-- One row per mention and brand/topic it matched, plus one row per mention under topic_id 'all':
-- the mention's day, hour, platform, language, reach and engagement, with the sentiment toward that
-- brand where the mention names several (else the mention's own). The series marts count it.
with mentions as (
  select
    mention_id,
    created_date,
    date_trunc('hour', created_at) as created_hour,
    coalesce(platform, 'unknown') as platform,
    coalesce(lang, 'und') as lang,
    sentiment_label,
    sentiment_score,
    coalesce(reach, author_followers, 0) as reach,
    engagement
  from fct_mentions
),

topics as (
  select mention_id, topic_id, brand_sentiment_label, brand_sentiment_score from mention_topics
),

final as (
  select 'all' as topic_id, mentions.* from mentions
  union all
  select
    topics.topic_id,
    mentions.* replace (
      coalesce(topics.brand_sentiment_label, mentions.sentiment_label) as sentiment_label,
      coalesce(topics.brand_sentiment_score, mentions.sentiment_score) as sentiment_score
    )
  from topics
  inner join mentions on mentions.mention_id = topics.mention_id
)

select * from final
