-- Document counts of each word and hashtag in the spike day and in the baseline sample of
-- series_window, for the log-likelihood test; only those seen at least $min_count times on the day.
with window_mentions as (
  select * from series_window
),

totals as (
  select
    count(*) filter (where is_spike) as spike_total,
    count(*) filter (where not is_spike) as baseline_total
  from window_mentions
),

terms as (
  select 'term' as kind, is_spike, unnest(mention_terms(text)) as term from window_mentions
  union all
  select 'hashtag' as kind, is_spike, '#' || unnest(list_distinct(hashtags)) as term from window_mentions
),

counts as (
  select
    kind,
    term,
    count(*) filter (where is_spike) as spike_count,
    count(*) filter (where not is_spike) as baseline_count
  from terms
  group by kind, term
  having count(*) filter (where is_spike) >= $min_count
),

final as (
  select counts.*, totals.spike_total, totals.baseline_total
  from counts
  cross join totals
)

select * from final
