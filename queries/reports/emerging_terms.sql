-- Terms and hashtags rising for the brand (getvariable('brand')): the fifteen best ranked of each kind.
with terms as (
  select *
  from fct_emerging_terms
  where topic_id = getvariable('brand')
    and term_rank <= 15
),

final as (
  select
    kind,
    term,
    term_rank,
    recent_count,
    baseline_count,
    round(rate_ratio, 2) as rate_ratio,
    round(g2, 2) as g2,
    strftime(first_seen_date, '%Y-%m-%d') as first_seen,
    strftime(recent_from, '%Y-%m-%d') as recent_from,
    strftime(recent_to, '%Y-%m-%d') as recent_to
  from terms
  order by g2 desc, kind, term_rank
)

select * from final
