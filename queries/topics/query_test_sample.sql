-- For `listen query test`: a stable sample ($limit) of matching mentions (kind 'match') and of near
-- misses (kind 'near-miss'), with the fields the matcher reads.
with matched as (
  select distinct mention_key from topic_matches
),

candidates as (
  select
    topic_candidates.mention_key,
    case when matched.mention_key is not null then 'match' else 'near-miss' end as kind
  from topic_candidates
  left join matched on matched.mention_key = topic_candidates.mention_key
  where len(topic_candidates.matched_terms) > 0
),

ranked as (
  select
    candidates.kind,
    topic_texts.mention_id,
    row_number() over (partition by candidates.kind order by hash(topic_texts.mention_id), topic_texts.mention_id) as rank
  from candidates
  inner join topic_texts on topic_texts.mention_key = candidates.mention_key
),

final as (
  select ranked.kind, ranked.mention_id, stg_mentions.title, stg_mentions.body, stg_mentions.hashtags, stg_mentions.mentioned_handles
  from ranked
  inner join stg_mentions on stg_mentions.mention_id = ranked.mention_id
  where ranked.rank <= $limit
  order by ranked.kind, ranked.rank
)

select * from final
