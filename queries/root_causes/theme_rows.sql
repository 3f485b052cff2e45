-- fct_root_causes rows: each theme the clustering found with its size, share of its scope, mean sentiment,
-- dates and top authors, from its members' mentions.
with members as (
  select * from root_cause_members
),

mentions as (
  select row, created_date, author_handle, sentiment_score from clustered_mentions
),

joined as (
  select members.theme, mentions.created_date, mentions.author_handle, mentions.sentiment_score
  from members
  inner join mentions on mentions.row = members.row
),

stats as (
  select
    theme,
    count(*) as size,
    round(avg(sentiment_score) filter (where isfinite(sentiment_score)), 4) as mean_sentiment,
    min(created_date) as first_date,
    max(created_date) as last_date
  from joined
  group by theme
),

scope_sizes as (
  select root_cause_themes.scope, sum(stats.size) as scope_mentions
  from stats
  inner join root_cause_themes using (theme)
  group by root_cause_themes.scope
),

author_counts as (
  select theme, author_handle, count(*) as mentions from joined
  where author_handle is not null
  group by all
),

authors as (
  select theme, list(author_handle order by mentions desc, author_handle)[1:5] as top_authors
  from author_counts
  group by theme
),

final as (
  select
    themes.root_cause_id,
    themes.brand,
    themes.lang,
    themes.label,
    themes.key_phrases,
    themes.is_misc,
    stats.size::integer as size,
    round(stats.size / scope_sizes.scope_mentions, 4) as share,
    stats.mean_sentiment,
    stats.first_date,
    stats.last_date,
    coalesce(authors.top_authors, []::varchar[]) as top_authors,
    themes.is_new,
    themes.centroid,
    $population as population,
    $run_id as run_id
  from root_cause_themes as themes
  inner join stats using (theme)
  inner join scope_sizes using (scope)
  left join authors using (theme)
)

select * from final
order by brand, lang, root_cause_id
