-- The mentions behind a spike alert: every mention of the alert's brand or topic (and platform and
-- language, when the alert is about one) from `days` days before to `days` days after the alert day,
-- newest first on the alert day, with sentiment, engagement and author. days_from_alert = 0 is the alert day.
--
-- Parameters (getvariable; all optional):
--   alert_id  an alert of fct_alerts (listen alerts shows them)   default: the latest, most severe alert of `brand`
--   brand     used only when alert_id is not given                default 'pakkit'
--   days      days either side of the alert day                   default 1
--
-- listen sql analysis/mentions_around_alert --param brand=rushbee --param days=2
-- DuckDB CLI: set variable alert_id = '1a9aef1459d15210'; .read queries/analysis/mentions_around_alert.sql
with alerts as (
  select * from fct_alerts
),

chosen_alert as (
  select alert_id, alert_date, topic_id, platform, lang, metric, severity, observed, expected
  from alerts
  where alert_id = getvariable('alert_id')
    or (getvariable('alert_id') is null and topic_id = coalesce(getvariable('brand'), 'pakkit'))
  order by alert_date desc, case severity when 'high' then 0 when 'medium' then 1 else 2 end, z_score desc, alert_id
  limit 1
),

topic_mentions as (
  select topic_id, mention_id, created_date, platform, lang, sentiment_label, sentiment_score, engagement
  from fct_topic_mentions
),

mentions as (
  select mention_id, created_at, author_handle, url, body from fct_mentions
),

final as (
  select
    chosen_alert.alert_id,
    chosen_alert.metric as alert_metric,
    topic_mentions.created_date - chosen_alert.alert_date as days_from_alert,
    mentions.created_at,
    topic_mentions.mention_id,
    topic_mentions.platform,
    topic_mentions.lang,
    topic_mentions.sentiment_label,
    round(topic_mentions.sentiment_score, 3) as sentiment_score,
    topic_mentions.engagement,
    mentions.author_handle,
    mentions.url,
    mentions.body
  from chosen_alert
  inner join topic_mentions
    on topic_mentions.topic_id = chosen_alert.topic_id
    and abs(topic_mentions.created_date - chosen_alert.alert_date) <= coalesce(cast(getvariable('days') as integer), 1)
    and (chosen_alert.platform = 'all' or topic_mentions.platform = chosen_alert.platform)
    and (chosen_alert.lang = 'all' or topic_mentions.lang = chosen_alert.lang)
  inner join mentions on mentions.mention_id = topic_mentions.mention_id
)

select * from final
order by days_from_alert = 0 desc, days_from_alert, created_at desc, mention_id
