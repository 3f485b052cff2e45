-- The brand's complaint themes (getvariable('brand')) with their mentions in the window: the ten
-- largest named themes, cross-language ones first when both exist.
with themes as (
  select *
  from fct_root_causes
  where brand = getvariable('brand')
    and not is_misc
),

daily as (
  select root_cause_id, sum(mentions) as window_mentions
  from fct_root_cause_daily
  where mention_date between getvariable('since')::date and getvariable('until')::date
  group by root_cause_id
),

final as (
  select
    themes.root_cause_id,
    themes.label,
    themes.lang,
    array_to_string(themes.key_phrases[1:5], ', ') as key_phrases,
    themes.size,
    round(themes.share, 4) as share,
    round(themes.mean_sentiment, 4) as mean_sentiment,
    cast(coalesce(daily.window_mentions, 0) as bigint) as window_mentions,
    themes.is_new
  from themes
  left join daily on daily.root_cause_id = themes.root_cause_id
  where coalesce(daily.window_mentions, 0) > 0
  order by themes.lang = 'all' desc, window_mentions desc, themes.size desc, themes.root_cause_id
  limit 10
)

select * from final
