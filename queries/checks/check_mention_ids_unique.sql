-- A mention appears once, however many exports delivered it.
with counted as (
  select mention_id, count(*) as copies from fct_mentions group by mention_id
),

final as (
  select * from counted where copies > 1
)

select * from final
