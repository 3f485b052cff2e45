-- Per brand/topic ('all' is every mention): how many mentions used each word and hashtag in the
-- recent window ($recent_from to $to) and in the baseline before it (from $baseline_from). Only
-- terms seen at least $min_count times recently and at a higher rate than in the baseline. Mentions
-- come by topic from fct_topic_mentions, the rows the series count; words are counted per distinct
-- text: mentions are first grouped by topic and text (retweets and copy-paste campaigns repeat
-- texts), then joined to the words of trend_text_terms, where each text is tokenized once.
with mentions as (
  select mention_id, created_date, created_date >= $recent_from as is_recent, text_key, hashtags
  from trend_mentions
  where created_date between $baseline_from and $to
),

tagged as (
  select 'all' as topic_id, created_date, is_recent, text_key, hashtags from mentions
  union all
  select topic_mentions.topic_id, mentions.created_date, mentions.is_recent, mentions.text_key, mentions.hashtags
  from fct_topic_mentions as topic_mentions
  inner join mentions on mentions.mention_id = topic_mentions.mention_id
  where topic_mentions.topic_id <> 'all'
    and topic_mentions.created_date between $baseline_from and $to
),

totals as (
  select
    topic_id,
    count(*) filter (where is_recent) as recent_total,
    count(*) filter (where not is_recent) as baseline_total
  from tagged
  group by topic_id
),

topic_texts as (
  select
    topic_id,
    text_key,
    count(*) filter (where is_recent) as recent_count,
    count(*) filter (where not is_recent) as baseline_count,
    min(created_date) as first_seen
  from tagged
  group by topic_id, text_key
),

text_terms as (
  select text_key, term from trend_text_terms
),

term_counts as (
  select
    topic_texts.topic_id,
    'term' as kind,
    text_terms.term,
    sum(topic_texts.recent_count)::bigint as recent_count,
    sum(topic_texts.baseline_count)::bigint as baseline_count,
    min(topic_texts.first_seen) as first_seen
  from topic_texts
  inner join text_terms on text_terms.text_key = topic_texts.text_key
  group by topic_texts.topic_id, text_terms.term
  having sum(topic_texts.recent_count) >= $min_count
),

hashtag_counts as (
  select
    topic_id,
    'hashtag' as kind,
    term,
    count(*) filter (where is_recent) as recent_count,
    count(*) filter (where not is_recent) as baseline_count,
    min(created_date) as first_seen
  from (select topic_id, is_recent, created_date, '#' || unnest(list_distinct(hashtags)) as term from tagged)
  group by topic_id, term
  having count(*) filter (where is_recent) >= $min_count
),

counts as (
  select * from term_counts
  union all
  select * from hashtag_counts
),

final as (
  select
    counts.topic_id,
    counts.kind,
    counts.term,
    counts.recent_count,
    counts.baseline_count,
    strftime(counts.first_seen, '%Y-%m-%d') as first_seen_date,
    totals.recent_total,
    totals.baseline_total
  from counts
  inner join totals on totals.topic_id = counts.topic_id
  where counts.recent_count * totals.baseline_total > counts.baseline_count * totals.recent_total
)

select * from final
