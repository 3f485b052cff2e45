-- Mentions per theme per day, from the memberships just written.
with members as (
  select * from mention_root_cause
),

mentions as (
  select mention_id, created_date from fct_mentions
),

final as (
  select
    members.root_cause_id,
    mentions.created_date as mention_date,
    count(*)::integer as mentions
  from members
  inner join mentions on mentions.mention_id = members.mention_id
  group by all
)

select * from final
order by root_cause_id, mention_date
