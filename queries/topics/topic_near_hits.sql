-- NEAR/n pairs that hold: a left and a right operand with at most n words between them (in either
-- order, unless the NEAR is ordered).
with sides as (
  select * from topic_near_sides
),

operand_hits as (
  select
    topic_leaf_hits.text_key,
    sides.atom_id,
    sides.side,
    sides.distance,
    sides.is_ordered,
    topic_leaf_hits.start_pos,
    topic_leaf_hits.end_pos
  from topic_leaf_hits
  inner join sides on sides.leaf_id = topic_leaf_hits.leaf_id
  where topic_leaf_hits.start_pos is not null
),

left_hits as (
  select * from operand_hits where side = 0
),

right_hits as (
  select * from operand_hits where side = 1
),

final as (
  select distinct left_hits.text_key, left_hits.atom_id
  from left_hits
  inner join right_hits
    on right_hits.text_key = left_hits.text_key
    and right_hits.atom_id = left_hits.atom_id
  where right_hits.start_pos - left_hits.end_pos - 1 between 0 and left_hits.distance
    or (not left_hits.is_ordered and left_hits.start_pos - right_hits.end_pos - 1 between 0 and left_hits.distance)
)

select * from final
