-- The mentions of one brand or competitor ($brand) to cluster: negative toward the brand, or all of them, with
-- the configured topics (kind 'topic') each matched, which link one theme's wordings and languages.
with topics as (
  select * from mention_topics
  where topic_kind in ('brand', 'competitor') and topic_id = $brand
),

subject_topics as (
  select
    mention_id,
    list(topic_id order by topic_id) as topics
  from mention_topics
  where topic_kind = 'topic'
  group by mention_id
),

mentions as (
  select * from fct_mentions
),

final as (
  select
    topics.topic_id as brand,
    mentions.mention_id,
    coalesce(mentions.lang, 'und') as lang,
    concat_ws(' ', mentions.title, mentions.body) as text,
    mentions.created_date::varchar as created_date,
    mentions.author_handle,
    coalesce(topics.brand_sentiment_score, mentions.sentiment_score) as sentiment_score,
    coalesce(subject_topics.topics, []::varchar[]) as topics
  from topics
  inner join mentions on mentions.mention_id = topics.mention_id
  left join subject_topics on subject_topics.mention_id = mentions.mention_id
  where $population = 'all' or coalesce(topics.brand_sentiment_label, mentions.sentiment_label) = 'negative'
)

select * from final
order by mention_id
