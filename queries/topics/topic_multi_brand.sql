-- Texts that name two or more brands (ours or competitors), once per language their mentions are in:
-- the text, language and the brand and product topics it matched, for per-brand clause sentiment.
with matches as (
  select topic_matches.text_key, topic_matches.topic_idx, topic_meta.topic_kind
  from topic_matches
  inner join topic_meta on topic_meta.topic_idx = topic_matches.topic_idx
),

multi_brand as (
  select text_key
  from matches
  where topic_kind in ('brand', 'competitor')
  group by text_key
  having count(*) >= 2
),

named as (
  select matches.text_key, list(matches.topic_idx order by matches.topic_idx) as topic_idxs
  from matches
  inner join multi_brand on multi_brand.text_key = matches.text_key
  where matches.topic_kind in ('brand', 'competitor', 'product')
  group by matches.text_key
),

langs as (
  select distinct topic_mentions.text_key, coalesce(topic_mentions.lang, mention_sentiment.lang) as lang
  from topic_mentions
  semi join named on named.text_key = topic_mentions.text_key
  left join mention_sentiment on mention_sentiment.mention_id = topic_mentions.mention_id
),

final as (
  select
    -- Numbers the rows for reading them in pages (rowid is not 0, 1, 2… inside a transaction).
    row_number() over (order by langs.text_key, langs.lang) - 1 as job_key,
    langs.text_key,
    langs.lang,
    named.topic_idxs,
    topic_texts.title,
    topic_texts.body,
    topic_texts.hashtags,
    topic_texts.handles
  from langs
  inner join named on named.text_key = langs.text_key
  inner join topic_texts on topic_texts.rowid = langs.text_key
)

select * from final
