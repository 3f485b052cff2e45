-- Share of voice by week: each brand's and competitor's mentions as a share of all brand mentions
-- that ISO week (Monday start), with and without noise (near-duplicate copies, machine-rate authors).
-- Shares add up to 1 per week.
--
-- Parameters (getvariable; all optional):
--   platform  one platform (x, reddit, news, …) or 'all'   default 'all'
--   lang      one ISO 639-1 language or 'all'             default 'all'
--   since     first week to show (a date)                 default: the first week of data
--
-- listen sql analysis/share_of_voice_weekly --param platform=x
-- DuckDB CLI: set variable platform = 'x'; .read queries/analysis/share_of_voice_weekly.sql
with weekly as (
  select * from fct_share_of_voice_weekly
),

filtered as (
  select *
  from weekly
  where (coalesce(getvariable('platform'), 'all') = 'all' or platform = getvariable('platform'))
    and (coalesce(getvariable('lang'), 'all') = 'all' or lang = getvariable('lang'))
    and created_week >= coalesce(cast(getvariable('since') as date), date '1900-01-01')
),

per_brand as (
  select
    created_week,
    topic_id as brand_id,
    any_value(topic_name) as brand_name,
    any_value(topic_kind) as brand_kind,
    sum(volume) as mentions,
    sum(volume_excluding_noise) as mentions_excluding_noise,
    sum(reach) as reach,
    sum(positive) as positive,
    sum(negative) as negative
  from filtered
  group by all
),

final as (
  select
    created_week,
    brand_id,
    brand_name,
    brand_kind,
    mentions,
    round(mentions / sum(mentions) over week_brands, 4) as share_of_voice,
    mentions_excluding_noise,
    round(mentions_excluding_noise / nullif(sum(mentions_excluding_noise) over week_brands, 0), 4) as share_of_voice_excluding_noise,
    round(reach / nullif(sum(reach) over week_brands, 0), 4) as share_of_reach,
    round((positive - negative) / mentions, 3) as net_sentiment
  from per_brand
  window week_brands as (partition by created_week)
)

select * from final
order by created_week, mentions desc, brand_id
