-- Each match with the terms that count toward it (leaves not under NOT), in canonical form. Mentions
-- hold few distinct atom sets per topic, so the labels are looked up once per set.
with matched as (
  select * from topic_matched_atoms
),

atom_sets as (
  select distinct topic_idx, atoms from matched
),

set_terms as (
  select
    atom_sets.topic_idx,
    atom_sets.atoms,
    coalesce(list(distinct topic_atoms.label order by topic_atoms.label) filter (where topic_atoms.is_positive and topic_atoms.is_term), []) as matched_terms
  from atom_sets
  cross join unnest(atom_sets.atoms) as held(atom_id)
  inner join topic_atoms on topic_atoms.topic_idx = atom_sets.topic_idx and topic_atoms.atom_id = held.atom_id
  group by atom_sets.topic_idx, atom_sets.atoms
),

final as (
  select matched.text_key, matched.topic_idx, set_terms.matched_terms
  from matched
  inner join set_terms on set_terms.topic_idx = matched.topic_idx and set_terms.atoms = matched.atoms
)

select * from final
