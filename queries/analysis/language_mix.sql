-- Language mix: mentions per language with their share, language source (exported or detected)
-- and sentiment, for all mentions or one brand/topic, over a date range.
--
-- Parameters (getvariable; all optional):
--   brand  a brand, competitor, product or topic id, or 'all'   default 'all'
--   since  first day (a date)                                   default: the first day of data
--   until  last day (a date)                                    default: the last day of data
--
-- listen sql analysis/language_mix --param brand=rushbee --param since=2026-10-01
-- DuckDB CLI: set variable brand = 'rushbee'; .read queries/analysis/language_mix.sql
with topic_mentions as (
  select mention_id, lang, sentiment_label
  from fct_topic_mentions
  where topic_id = coalesce(getvariable('brand'), 'all')
    and created_date between coalesce(cast(getvariable('since') as date), date '1900-01-01')
      and coalesce(cast(getvariable('until') as date), date '2999-12-31')
),

mentions as (
  select mention_id, lang_source from fct_mentions
),

per_language as (
  select
    topic_mentions.lang,
    count(*) as mentions,
    count(*) filter (where mentions.lang_source = 'detected') as detected,
    count(*) filter (where topic_mentions.sentiment_label = 'positive') as positive,
    count(*) filter (where topic_mentions.sentiment_label = 'negative') as negative
  from topic_mentions
  inner join mentions on mentions.mention_id = topic_mentions.mention_id
  group by topic_mentions.lang
),

final as (
  select
    lang,
    mentions,
    round(mentions / sum(mentions) over (), 4) as share,
    round(detected / mentions, 3) as share_detected,
    round((positive - negative) / mentions, 3) as net_sentiment
  from per_language
)

select * from final
order by mentions desc, lang
