-- Our brands and the competitors, for the brand selector of the charts.
with topics as (
  select topic_id, name, kind
  from dim_topics
  where kind in ('brand', 'competitor')
),

final as (
  select
    topic_id,
    name as topic_name,
    kind as topic_kind
  from topics
  order by kind = 'brand' desc, topic_id
)

select * from final
