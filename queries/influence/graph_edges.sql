-- The PageRank graph's edges by node number (graph_nodes), grouped by source in node order and, within
-- a source, in target key order: the order pipelines/influence/pagerank.ts adds them in.
with edges as (
  select source_key, target_key, weight from int_interactions
),

nodes as (
  select node_index, node_key from graph_nodes
),

final as (
  select sources.node_index as source_index, targets.node_index as target_index, edges.weight::double as weight
  from edges
  inner join nodes as sources on sources.node_key = edges.source_key
  inner join nodes as targets on targets.node_key = edges.target_key
  order by sources.node_index, edges.target_key
)

select * from final
