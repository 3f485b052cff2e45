-- Share of voice per ISO week (Monday start), platform and language, summed from the daily mart;
-- shares and net sentiment are recomputed from the weekly counts.
with daily as (
  select * from fct_share_of_voice_daily
),

per_brand as (
  select
    cast(date_trunc('week', created_date) as date) as created_week,
    platform,
    lang,
    topic_id,
    any_value(topic_name) as topic_name,
    any_value(topic_kind) as topic_kind,
    sum(volume) as volume,
    sum(volume_excluding_noise) as volume_excluding_noise,
    sum(noise_removed) as noise_removed,
    sum(near_duplicates) as near_duplicates,
    sum(machine_rate_mentions) as machine_rate_mentions,
    sum(reach) as reach,
    sum(engagement) as engagement,
    sum(positive) as positive,
    sum(negative) as negative,
    sum(neutral) as neutral
  from daily
  group by all
),

final as (
  select
    *,
    (positive - negative) / volume as net_sentiment,
    volume / sum(volume) over week_slice as share_of_voice,
    volume_excluding_noise / nullif(sum(volume_excluding_noise) over week_slice, 0) as share_of_voice_excluding_noise,
    reach / nullif(sum(reach) over week_slice, 0) as share_of_reach,
    engagement / nullif(sum(engagement) over week_slice, 0) as share_of_engagement
  from per_brand
  window week_slice as (partition by created_week, platform, lang)
)

select * from final
