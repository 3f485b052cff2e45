-- The atoms (leaves and NEAR pairs) each mention holds, once each.
with leaves as (
  select distinct mention_key, leaf_id as atom_id from topic_leaf_hits
),

final as (
  select mention_key, atom_id from leaves
  union all
  select mention_key, atom_id from topic_near_hits
)

select * from final
