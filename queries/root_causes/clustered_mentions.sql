-- The mentions of every brand and competitor of dim_topics to cluster: negative toward the brand, or all of
-- them ($population), with the configured topics (kind 'topic') each matched, which link one theme's wordings
-- and languages. `row` numbers the mentions from 0 by brand, then mention_id: the stage reads a brand's texts
-- in that order and writes its memberships back by row (root_cause_members).
with brands as (
  select topic_id from dim_topics
  where kind in ('brand', 'competitor')
),

topics as (
  select mention_topics.* from mention_topics
  inner join brands on brands.topic_id = mention_topics.topic_id
  where mention_topics.topic_kind in ('brand', 'competitor')
),

mentions as (
  select mention_id, lang, title, body, created_date, author_handle, sentiment_score, sentiment_label
  from fct_mentions
),

clustered as (
  select
    topics.topic_id as brand,
    mentions.mention_id,
    coalesce(mentions.lang, 'und') as lang,
    concat_ws(' ', mentions.title, mentions.body) as text,
    mentions.created_date,
    mentions.author_handle,
    coalesce(topics.brand_sentiment_score, mentions.sentiment_score) as sentiment_score
  from topics
  inner join mentions on mentions.mention_id = topics.mention_id
  where $population = 'all' or coalesce(topics.brand_sentiment_label, mentions.sentiment_label) = 'negative'
),

subject_topics as (
  select
    mention_id,
    list(topic_id order by topic_id) as topics
  from mention_topics
  where topic_kind = 'topic' and mention_id in (select mention_id from clustered)
  group by mention_id
),

final as (
  select
    clustered.brand,
    (row_number() over (order by clustered.brand, clustered.mention_id) - 1)::integer as row,
    clustered.mention_id,
    clustered.lang,
    clustered.text,
    clustered.created_date,
    clustered.author_handle,
    clustered.sentiment_score,
    coalesce(subject_topics.topics, []::varchar[]) as topics
  from clustered
  left join subject_topics on subject_topics.mention_id = clustered.mention_id
)

select * from final
order by row
