-- One row per author with the components of influence and the score (docs/influence.md). Each
-- component is ln(1 + x), scaled min–max within the platform; a component that does not vary on a
-- platform (Reddit exports carry no follower counts) is left out there and the other weights are
-- renormalized, so 100 is always reachable and scores are comparable within a platform. Engagement
-- below zero (Reddit scores count downvotes) counts as none.
with authors as (
  select * from int_author_stats
),

centrality as (
  select author_key, pagerank from author_pagerank
),

graph_size as (
  select count(*) as nodes from author_pagerank
),

logged as (
  select
    authors.*,
    coalesce(centrality.pagerank, 0) as pagerank,
    ln(1 + coalesce(centrality.pagerank, 0) * graph_size.nodes) as centrality_log,
    ln(1 + authors.amplification) as amplification_log,
    ln(1 + coalesce(authors.followers, 0)) as reach_log,
    ln(1 + greatest(coalesce(authors.engagement_per_mention, 0), 0)) as engagement_log,
    ln(1 + authors.mentions) as activity_log
  from authors
  left join centrality on centrality.author_key = authors.author_key
  cross join graph_size
),

scaled as (
  select
    *,
    (centrality_log - min(centrality_log) over platform) / nullif(max(centrality_log) over platform - min(centrality_log) over platform, 0) as centrality_component,
    (amplification_log - min(amplification_log) over platform) / nullif(max(amplification_log) over platform - min(amplification_log) over platform, 0) as amplification_component,
    (reach_log - min(reach_log) over platform) / nullif(max(reach_log) over platform - min(reach_log) over platform, 0) as reach_component,
    (engagement_log - min(engagement_log) over platform) / nullif(max(engagement_log) over platform - min(engagement_log) over platform, 0) as engagement_component,
    (activity_log - min(activity_log) over platform) / nullif(max(activity_log) over platform - min(activity_log) over platform, 0) as activity_component
  from logged
  window platform as (partition by platform)
),

scored as (
  select
    *,
    100 * (
      coalesce(centrality_component * $w_centrality, 0)
      + coalesce(amplification_component * $w_amplification, 0)
      + coalesce(reach_component * $w_reach, 0)
      + coalesce(engagement_component * $w_engagement, 0)
      + coalesce(activity_component * $w_activity, 0)
    ) / nullif(
      case when centrality_component is null then 0 else $w_centrality end
      + case when amplification_component is null then 0 else $w_amplification end
      + case when reach_component is null then 0 else $w_reach end
      + case when engagement_component is null then 0 else $w_engagement end
      + case when activity_component is null then 0 else $w_activity end,
      0
    ) as raw_score
  from scaled
),

final as (
  select
    author_key,
    platform,
    author_handle,
    author_id,
    author_name,
    followers,
    is_verified,
    mentions,
    active_days,
    first_seen_at,
    last_seen_at,
    engagement_received,
    engagement_per_mention,
    replies_received,
    reposts_received,
    quotes_received,
    mentions_received,
    amplification,
    interacting_authors,
    pagerank,
    rank() over (partition by platform order by pagerank desc) as pagerank_rank,
    round(centrality_component, 4) as centrality_component,
    round(amplification_component, 4) as amplification_component,
    round(reach_component, 4) as reach_component,
    round(engagement_component, 4) as engagement_component,
    round(activity_component, 4) as activity_component,
    round(coalesce(raw_score, 0), 2) as influence_score,
    rank() over (partition by platform order by coalesce(raw_score, 0) desc, author_key) as influence_rank,
    $formula_version::varchar as formula_version,
    $run_id::varchar as run_id,
    $computed_at::timestamptz as computed_at
  from scored
)

select * from final
