-- For `listen query test`: how many mentions there are, how many match, how many only nearly match
-- (hold a term that counts toward the query but fail its NOT or NEAR).
with matched as (
  select distinct mention_key from topic_matches
),

near_misses as (
  select distinct topic_atom_hits.mention_key
  from topic_atom_hits
  inner join topic_atoms on topic_atoms.atom_id = topic_atom_hits.atom_id
  anti join matched on matched.mention_key = topic_atom_hits.mention_key
  where topic_atoms.is_positive and topic_atoms.is_term
),

final as (
  select
    (select count(*) from topic_texts) as mentions,
    (select count(*) from matched) as matches,
    (select count(*) from near_misses) as near_misses
)

select * from final
