-- Top negative complaint themes of a brand this week against last week: mentions negative toward the
-- brand in each root-cause theme (fct_root_causes, all languages clustered together), the change,
-- and whether the theme is new this week.
--
-- Parameters (getvariable; all optional):
--   brand  a brand or competitor topic_id of listening.config.ts     default 'pakkit'
--   week   any day of the week to compare with the week before it    default: the last week with data
--   top    themes to show                                            default 10
--
-- listen sql analysis/negative_themes_week_over_week --param brand=rushbee --param week=2026-10-05
-- DuckDB CLI: set variable brand = 'rushbee'; .read queries/analysis/negative_themes_week_over_week.sql
with themes as (
  select root_cause_id, label, key_phrases
  from fct_root_causes
  where brand = coalesce(getvariable('brand'), 'pakkit')
    and lang = 'all'
    and not is_misc
),

theme_mentions as (
  select mention_id, root_cause_id from mention_root_cause
),

negative_mentions as (
  select mention_id
  from mention_topics
  where topic_id = coalesce(getvariable('brand'), 'pakkit')
    and brand_sentiment_label = 'negative'
),

mentions as (
  select mention_id, created_date from fct_mentions
),

weeks as (
  select
    cast(date_trunc('week', coalesce(cast(getvariable('week') as date), max(created_date))) as date) as this_week,
    cast(date_trunc('week', coalesce(cast(getvariable('week') as date), max(created_date))) - interval 7 day as date) as last_week
  from mentions
),

counted as (
  select
    themes.root_cause_id,
    any_value(themes.label) as label,
    any_value(themes.key_phrases) as key_phrases,
    count(*) filter (where cast(date_trunc('week', mentions.created_date) as date) = weeks.this_week) as this_week_mentions,
    count(*) filter (where cast(date_trunc('week', mentions.created_date) as date) = weeks.last_week) as last_week_mentions,
    any_value(weeks.this_week) as this_week
  from themes
  inner join theme_mentions on theme_mentions.root_cause_id = themes.root_cause_id
  inner join negative_mentions on negative_mentions.mention_id = theme_mentions.mention_id
  inner join mentions on mentions.mention_id = theme_mentions.mention_id
  cross join weeks
  group by themes.root_cause_id
),

final as (
  select
    this_week,
    row_number() over (order by this_week_mentions desc, this_week_mentions - last_week_mentions desc, root_cause_id) as theme_rank,
    root_cause_id,
    label,
    this_week_mentions,
    last_week_mentions,
    this_week_mentions - last_week_mentions as change,
    last_week_mentions = 0 and this_week_mentions > 0 as is_new_this_week,
    key_phrases
  from counted
  where this_week_mentions > 0 or last_week_mentions > 0
)

select * from final
where theme_rank <= coalesce(cast(getvariable('top') as integer), 10)
order by theme_rank
