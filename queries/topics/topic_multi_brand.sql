-- Mentions that name two or more brands (ours or competitors): their text, language and the brand and
-- product topics they matched, for per-brand clause sentiment.
with matches as (
  select topic_matches.mention_key, topic_matches.topic_idx, topic_meta.topic_kind
  from topic_matches
  inner join topic_meta on topic_meta.topic_idx = topic_matches.topic_idx
),

multi_brand as (
  select mention_key
  from matches
  where topic_kind in ('brand', 'competitor')
  group by mention_key
  having count(*) >= 2
),

named as (
  select matches.mention_key, list(matches.topic_idx order by matches.topic_idx) as topic_idxs
  from matches
  inner join multi_brand on multi_brand.mention_key = matches.mention_key
  where matches.topic_kind in ('brand', 'competitor', 'product')
  group by matches.mention_key
),

final as (
  select
    named.mention_key,
    named.topic_idxs,
    stg_mentions.title,
    stg_mentions.body,
    topic_texts.hashtags,
    topic_texts.handles,
    coalesce(stg_mentions.lang, mention_sentiment.lang) as lang
  from named
  inner join topic_texts on topic_texts.rowid = named.mention_key
  inner join stg_mentions on stg_mentions.mention_id = topic_texts.mention_id
  left join mention_sentiment on mention_sentiment.mention_id = topic_texts.mention_id
)

select * from final
