-- The PageRank graph's nodes, numbered as pipelines/influence/pagerank.ts (csrFromEdges) numbers
-- them: every author in key order, then the accounts that are only @mentioned, in the order they
-- first appear in the edge list sorted by source and target (a source before its target).
with authors as (
  select author_key as node_key from int_author_stats
),

endpoints as (
  select source_key as node_key, {'source_key': source_key, 'target_key': target_key, 'side': 0} as seen_at from int_interactions
  union all
  select target_key as node_key, {'source_key': source_key, 'target_key': target_key, 'side': 1} as seen_at from int_interactions
),

others as (
  select node_key, min(seen_at) as first_seen_at
  from endpoints
  where not exists (select 1 from authors where authors.node_key = endpoints.node_key)
  group by node_key
),

final as (
  select (row_number() over (order by node_key) - 1)::integer as node_index, node_key from authors
  union all
  select ((select count(*) from authors) + row_number() over (order by first_seen_at) - 1)::integer as node_index, node_key from others
)

select * from final
