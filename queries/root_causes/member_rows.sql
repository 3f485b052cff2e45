-- mention_root_cause rows: each clustered mention's theme in each of its scopes (all languages, and its own).
with members as (
  select * from root_cause_members
),

final as (
  select
    mentions.mention_id,
    themes.root_cause_id,
    members.similarity,
    members.is_representative
  from members
  inner join root_cause_themes as themes using (theme)
  inner join clustered_mentions as mentions using (row)
)

select * from final
