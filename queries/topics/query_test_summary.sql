-- For `listen query test`: how many mentions there are, how many match, how many only nearly match
-- (hold a term that counts toward the query but fail its NOT or NEAR). A text counts once per mention holding it.
with matched as (
  select distinct text_key from topic_matches
),

near_misses as (
  select distinct topic_atom_hits.text_key
  from topic_atom_hits
  inner join topic_atoms on topic_atoms.atom_id = topic_atom_hits.atom_id
  anti join matched on matched.text_key = topic_atom_hits.text_key
  where topic_atoms.is_positive and topic_atoms.is_term
),

mentions as (
  select text_key, count(*) as mentions
  from topic_mentions
  group by text_key
),

final as (
  select
    (select coalesce(sum(mentions), 0) from mentions) as mentions,
    (select coalesce(sum(mentions.mentions), 0) from matched inner join mentions on mentions.text_key = matched.text_key) as matches,
    (select coalesce(sum(mentions.mentions), 0) from near_misses inner join mentions on mentions.text_key = near_misses.text_key) as near_misses
)

select * from final
