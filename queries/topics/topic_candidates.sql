-- Per text and topic that might match: the atoms of the topic's query the text holds. A text is a
-- candidate only when it holds a trigger of the topic: an atom from a set one of which every match
-- must contain (a NEAR pair rather than its words, the AND side with the fewest atoms). Triggers are
-- atoms of their topic's query, so one pass over the held atoms finds both.
with topic_atom_triggers as (
  select
    topic_atoms.topic_idx,
    topic_atoms.atom_id,
    topic_triggers.atom_id is not null as is_trigger
  from topic_atoms
  left join topic_triggers
    on topic_triggers.topic_idx = topic_atoms.topic_idx
    and topic_triggers.atom_id = topic_atoms.atom_id
),

held as (
  select topic_atom_hits.text_key, topic_atom_triggers.topic_idx, topic_atom_hits.atom_id, topic_atom_triggers.is_trigger
  from topic_atom_hits
  inner join topic_atom_triggers on topic_atom_triggers.atom_id = topic_atom_hits.atom_id
),

final as (
  select text_key, topic_idx, list(atom_id order by atom_id) as atoms
  from held
  group by text_key, topic_idx
  having bool_or(is_trigger)
)

select * from final
