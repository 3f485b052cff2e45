-- fct_emerging_terms rows from the JSON list the trends stage binds as $rows (one statement for every
-- term); the windows, $run_id and $computed_at are the same for all.
with terms as (
  select unnest(
    cast($rows::json as struct(
      topic_id varchar,
      topic_name varchar,
      kind varchar,
      term varchar,
      term_rank bigint,
      recent_count bigint,
      baseline_count bigint,
      recent_total bigint,
      baseline_total bigint,
      rate_ratio double,
      g2 double,
      first_seen_date date
    )[]),
    recursive := true
  )
),

final as (
  select
    topic_id,
    topic_name,
    kind,
    term,
    term_rank,
    recent_count,
    baseline_count,
    recent_total,
    baseline_total,
    rate_ratio,
    g2,
    first_seen_date,
    $recent_from::date as recent_from,
    $recent_to::date as recent_to,
    $baseline_from::date as baseline_from,
    $run_id::varchar as run_id,
    $computed_at::timestamptz as computed_at
  from terms
)

select * from final
