-- Per mention and topic that might match: the atoms of the topic's query the mention holds. A mention
-- is a candidate only when it holds a trigger of the topic: an atom from a set one of which every
-- match must contain (a NEAR pair rather than its words, the AND side with the fewest atoms).
with triggered as (
  select distinct topic_atom_hits.text_key, topic_triggers.topic_idx
  from topic_atom_hits
  inner join topic_triggers on topic_triggers.atom_id = topic_atom_hits.atom_id
),

held as (
  select topic_atom_hits.text_key, topic_atoms.topic_idx, topic_atom_hits.atom_id
  from topic_atom_hits
  inner join topic_atoms on topic_atoms.atom_id = topic_atom_hits.atom_id
  semi join triggered
    on triggered.text_key = topic_atom_hits.text_key
    and triggered.topic_idx = topic_atoms.topic_idx
),

final as (
  select text_key, topic_idx, list(atom_id order by atom_id) as atoms
  from held
  group by text_key, topic_idx
)

select * from final
