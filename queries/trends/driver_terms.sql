-- Per explained alert: document counts of each word and hashtag on the spike day and in the baseline
-- sample of series_window, for the log-likelihood test; only those seen at least $min_count times on
-- the day. Words come from trend_text_terms, where each distinct text is tokenized once.
with window_mentions as (
  select series_window.alert_id, series_window.is_spike, mentions.text_key, mentions.hashtags
  from series_window
  inner join trend_mentions as mentions on mentions.mention_id = series_window.mention_id
),

totals as (
  select
    alert_id,
    count(*) filter (where is_spike) as spike_total,
    count(*) filter (where not is_spike) as baseline_total
  from window_mentions
  group by alert_id
),

text_terms as (
  select text_key, term from trend_text_terms
),

terms as (
  select window_mentions.alert_id, 'term' as kind, window_mentions.is_spike, text_terms.term
  from window_mentions
  inner join text_terms on text_terms.text_key = window_mentions.text_key
  union all
  select alert_id, 'hashtag' as kind, is_spike, '#' || unnest(list_distinct(hashtags)) as term from window_mentions
),

counts as (
  select
    alert_id,
    kind,
    term,
    count(*) filter (where is_spike) as spike_count,
    count(*) filter (where not is_spike) as baseline_count
  from terms
  group by alert_id, kind, term
  having count(*) filter (where is_spike) >= $min_count
),

final as (
  select counts.*, totals.spike_total, totals.baseline_total
  from counts
  inner join totals on totals.alert_id = counts.alert_id
)

select * from final
