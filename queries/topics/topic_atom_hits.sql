-- The atoms (leaves and NEAR pairs) each mention holds, once each.
with leaves as (
  select distinct text_key, leaf_id as atom_id from topic_leaf_hits
),

final as (
  select text_key, atom_id from leaves
  union all
  select text_key, atom_id from topic_near_hits
)

select * from final
