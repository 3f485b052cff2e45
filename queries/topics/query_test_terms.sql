-- For `listen query test`: how often each term of the query was found in the matching mentions.
with terms as (
  select topic_matches.text_key, unnest(topic_matches.matched_terms) as term
  from topic_matches
),

final as (
  select terms.term, sum(len(topic_texts.mention_ids)) as mentions
  from terms
  inner join topic_texts on topic_texts.rowid = terms.text_key
  group by terms.term
  order by mentions desc, terms.term
)

select * from final
