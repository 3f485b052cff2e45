-- Per brand/topic ('all' is every mention): how many mentions used each word and hashtag in the
-- recent window ($recent_from to $to) and in the baseline before it (from $baseline_from). Only
-- terms seen at least $min_count times recently and at a higher rate than in the baseline. Texts are
-- tokenized once however many mentions repeat them (retweets, copy-paste campaigns).
with mentions as (
  select
    mention_id,
    created_date,
    created_date >= $recent_from as is_recent,
    text,
    text_key,
    hashtags
  from trend_mentions
  where created_date between $baseline_from and $to
),

topics as (
  select distinct mention_id, topic_id from mention_topics
),

tagged as (
  select 'all' as topic_id, mention_id, created_date, is_recent from mentions
  union all
  select topics.topic_id, mentions.mention_id, mentions.created_date, mentions.is_recent
  from topics
  inner join mentions on mentions.mention_id = topics.mention_id
),

text_terms as (
  select text_key, unnest(mention_terms(any_value(text))) as term
  from mentions
  group by text_key
),

mention_words as (
  select mentions.mention_id, 'term' as kind, text_terms.term
  from mentions
  inner join text_terms on text_terms.text_key = mentions.text_key
  union all
  select mention_id, 'hashtag' as kind, '#' || unnest(list_distinct(hashtags)) as term from mentions
),

totals as (
  select
    topic_id,
    count(*) filter (where is_recent) as recent_total,
    count(*) filter (where not is_recent) as baseline_total
  from tagged
  group by topic_id
),

counts as (
  select
    tagged.topic_id,
    mention_words.kind,
    mention_words.term,
    count(*) filter (where tagged.is_recent) as recent_count,
    count(*) filter (where not tagged.is_recent) as baseline_count,
    strftime(min(tagged.created_date), '%Y-%m-%d') as first_seen_date
  from mention_words
  inner join tagged on tagged.mention_id = mention_words.mention_id
  group by tagged.topic_id, mention_words.kind, mention_words.term
  having count(*) filter (where tagged.is_recent) >= $min_count
),

final as (
  select counts.*, totals.recent_total, totals.baseline_total
  from counts
  inner join totals on totals.topic_id = counts.topic_id
  where counts.recent_count * totals.baseline_total > counts.baseline_count * totals.recent_total
)

select * from final
