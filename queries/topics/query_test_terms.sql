-- For `listen query test`: how often each term of the query was found in the matching mentions.
with terms as (
  select topic_matches.text_key, unnest(topic_matches.matched_terms) as term
  from topic_matches
),

final as (
  select terms.term, count(*) as mentions
  from terms
  inner join topic_mentions on topic_mentions.text_key = terms.text_key
  group by terms.term
  order by mentions desc, terms.term
)

select * from final
