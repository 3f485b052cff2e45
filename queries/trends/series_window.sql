-- The mentions of one series (topic, platform, lang; 'all' matches any) from $from to $day: every
-- mention of the day tested (only its negative ones when $sentiment is 'negative', by brand-level
-- sentiment when the topic has it), and a deterministic sample of at most $max_docs mentions of the
-- days before, whatever their sentiment, as the reference of what is usually said. Reads the
-- trend_mentions table the trends stage builds once per run; baseline mentions are thinned by a hash
-- to about $per_million per million before the sample is drawn, so the sort stays small.
with mentions as (
  select * from trend_mentions where created_date between $from and $day
),

topic_mentions as (
  select mention_id, any_value(brand_sentiment_label) as brand_sentiment_label
  from mention_topics
  where topic_id = $topic_id
  group by mention_id
),

in_series as (
  select
    mentions.* replace (coalesce(topic_mentions.brand_sentiment_label, mentions.sentiment_label) as sentiment_label)
  from mentions
  left join topic_mentions on topic_mentions.mention_id = mentions.mention_id
  where ($platform = 'all' or mentions.platform = $platform)
    and ($lang = 'all' or mentions.lang = $lang)
    and ($topic_id = 'all' or topic_mentions.mention_id is not null)
),

filtered as (
  select *
  from in_series
  where ($sentiment = 'any' or sentiment_label = $sentiment or created_date < $day)
    and (created_date = $day or hash(mention_id) % 1000000 < $per_million)
),

final as (
  select
    filtered.*,
    filtered.created_date = $day as is_spike
  from filtered
  qualify is_spike or row_number() over (partition by is_spike order by hash(filtered.mention_id)) <= $max_docs
)

select * from final
