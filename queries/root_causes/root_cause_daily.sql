-- Mentions per theme per day, from the memberships the stage just decided.
with members as (
  select * from root_cause_members
),

final as (
  select
    themes.root_cause_id,
    mentions.created_date as mention_date,
    count(*)::integer as mentions
  from members
  inner join root_cause_themes as themes using (theme)
  inner join clustered_mentions as mentions using (row)
  where mentions.created_date is not null
  group by all
)

select * from final
order by root_cause_id, mention_date
