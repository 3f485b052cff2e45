-- Daily volume, reach and engagement per platform and language.
with mentions as (
  select created_date, platform, lang, author_followers, reach, engagement
  from fct_mentions
),

final as (
  select
    created_date,
    platform,
    coalesce(lang, 'und') as lang,
    count(*) as mentions,
    sum(coalesce(reach, author_followers, 0)) as reach,
    sum(engagement) as engagement
  from mentions
  group by all
)

select * from final
