-- Per mention and topic: the atoms (leaves, NEAR pairs) of the topic's query the mention holds, and
-- the terms that count toward a match. Only mentions holding at least one atom can match a topic.
with atom_hits as (
  select distinct mention_key, leaf_id as atom_id from topic_leaf_hits
  union all
  select mention_key, atom_id from topic_near_hits
),

final as (
  select
    atom_hits.mention_key,
    topic_atoms.topic_idx,
    list(atom_hits.atom_id) as atoms,
    coalesce(list(distinct topic_atoms.label order by topic_atoms.label) filter (where topic_atoms.is_positive and topic_atoms.is_term), []) as matched_terms
  from atom_hits
  inner join topic_atoms on topic_atoms.atom_id = atom_hits.atom_id
  group by atom_hits.mention_key, topic_atoms.topic_idx
)

select * from final
