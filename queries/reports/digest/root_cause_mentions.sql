-- Up to three representative mentions of each of the brand's named themes (getvariable('brand')),
-- the most similar to the theme's centroid first.
with themes as (
  select root_cause_id
  from fct_root_causes
  where brand = getvariable('brand')
    and not is_misc
),

representatives as (
  select mention_root_cause.*
  from mention_root_cause
  inner join themes on themes.root_cause_id = mention_root_cause.root_cause_id
  where mention_root_cause.is_representative
  qualify row_number() over (partition by mention_root_cause.root_cause_id order by mention_root_cause.similarity desc, mention_root_cause.mention_id) <= 3
),

final as (
  select
    representatives.root_cause_id,
    representatives.mention_id,
    fct_mentions.platform,
    fct_mentions.author_handle,
    strftime(fct_mentions.created_at, '%Y-%m-%d') as day,
    fct_mentions.url,
    fct_mentions.body,
    round(representatives.similarity, 3) as similarity
  from representatives
  inner join fct_mentions on fct_mentions.mention_id = representatives.mention_id
  order by representatives.root_cause_id, representatives.similarity desc, representatives.mention_id
)

select * from final
