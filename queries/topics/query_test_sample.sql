-- For `listen query test`: a stable sample ($limit) of matching mentions (kind 'match') and of near
-- misses (kind 'near-miss': holding a term that counts toward the query, yet not matching).
with matched as (
  select distinct mention_key from topic_matches
),

holding as (
  select distinct topic_atom_hits.mention_key
  from topic_atom_hits
  inner join topic_atoms on topic_atoms.atom_id = topic_atom_hits.atom_id
  where topic_atoms.is_positive and topic_atoms.is_term
),

candidates as (
  select
    holding.mention_key,
    case when matched.mention_key is not null then 'match' else 'near-miss' end as kind
  from holding
  left join matched on matched.mention_key = holding.mention_key
),

ranked as (
  select
    candidates.kind,
    topic_texts.mention_id,
    row_number() over (partition by candidates.kind order by hash(topic_texts.mention_id), topic_texts.mention_id) as rank
  from candidates
  inner join topic_texts on topic_texts.rowid = candidates.mention_key
),

final as (
  select ranked.kind, ranked.mention_id, stg_mentions.title, stg_mentions.body, stg_mentions.hashtags, stg_mentions.mentioned_handles
  from ranked
  inner join stg_mentions on stg_mentions.mention_id = ranked.mention_id
  where ranked.rank <= $limit
  order by ranked.kind, ranked.rank
)

select * from final
