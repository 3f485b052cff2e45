-- For `listen query test`: a stable sample ($limit) of matching mentions (kind 'match') and of near
-- misses (kind 'near-miss': holding a term that counts toward the query, yet not matching).
with matched as (
  select distinct text_key from topic_matches
),

holding as (
  select distinct topic_atom_hits.text_key
  from topic_atom_hits
  inner join topic_atoms on topic_atoms.atom_id = topic_atom_hits.atom_id
  where topic_atoms.is_positive and topic_atoms.is_term
),

candidates as (
  select
    holding.text_key,
    case when matched.text_key is not null then 'match' else 'near-miss' end as kind
  from holding
  left join matched on matched.text_key = holding.text_key
),

candidate_mentions as (
  select candidates.kind, topic_mentions.mention_id
  from candidates
  inner join topic_mentions on topic_mentions.text_key = candidates.text_key
),

ranked as (
  select
    kind,
    mention_id,
    row_number() over (partition by kind order by hash(mention_id), mention_id) as rank
  from candidate_mentions
),

final as (
  select ranked.kind, ranked.mention_id, stg_mentions.title, stg_mentions.body, stg_mentions.hashtags, stg_mentions.mentioned_handles
  from ranked
  inner join stg_mentions on stg_mentions.mention_id = ranked.mention_id
  where ranked.rank <= $limit
  order by ranked.kind, ranked.rank
)

select * from final
