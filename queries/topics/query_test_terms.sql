-- For `listen query test`: how often each term of the query was found in the matching mentions.
with terms as (
  select unnest(matched_terms) as term
  from topic_matches
),

final as (
  select term, count(*) as mentions
  from terms
  group by term
  order by mentions desc, term
)

select * from final
