-- The rows of mention_noise, one per mention. Near-duplicates: texts of one MinHash cluster
-- (noise_text_clusters; an unclustered text is its own cluster) posted in a burst, each copy within
-- $gap_minutes of the one before, at least $min_copies copies; the first of a burst is kept, the rest
-- are flagged. Machine-rate authors: $rate_posts or more mentions within $rate_minutes.
-- The windows sort narrow rows (integer keys, times) and take differences in epoch microseconds:
-- timestamptz arithmetic goes through the ICU calendar, several times slower, and in UTC the two agree.
with mentions as (
  select rowid as mention_key, mention_id, author_key, created_at, text_key
  from noise_mentions
),

clusters as (
  select text_key, cluster_key
  from noise_text_clusters
),

keyed as (
  select
    mentions.mention_key,
    coalesce(clusters.cluster_key, mentions.text_key) as cluster_key,
    mentions.created_at,
  from mentions
  left join clusters on clusters.text_key = mentions.text_key
  where mentions.text_key is not null
),

gaps as (
  select
    *,
    case
      when epoch_us(created_at) - epoch_us(lag(created_at) over (partition by cluster_key order by created_at, mention_key)) <= $gap_minutes::bigint * 60000000 then 0
      else 1
    end as starts_burst,
  from keyed
),

-- Copies posted at the same time are 0 apart, so they fall in one burst whatever their order; the key
-- only makes the order total, so a running sum over rows gives the burst number.
bursts as (
  select
    mention_key,
    cluster_key,
    sum(starts_burst) over (partition by cluster_key order by created_at, mention_key rows between unbounded preceding and current row) as burst,
  from gaps
),

burst_members as (
  select
    bursts.cluster_key,
    bursts.burst,
    mentions.mention_key,
    mentions.mention_id,
    mentions.author_key,
    mentions.created_at,
  from bursts
  inner join mentions on mentions.mention_key = bursts.mention_key
),

burst_authors as (
  select
    cluster_key,
    burst,
    author_key,
    count(*) as copies,
    arg_min(mention_id, created_at) as first_mention_id,
    min(created_at) as first_at,
    max(created_at) as last_at,
  from burst_members
  group by cluster_key, burst, author_key
),

burst_stats as (
  select
    cluster_key,
    burst,
    arg_min(first_mention_id, first_at) as first_mention_id,
    format(' {} near-identical texts from {} account(s) within {} h (first {})',
      sum(copies), count(author_key), round(date_diff('minute', min(first_at), max(last_at)) / 60.0, 1), arg_min(first_mention_id, first_at)) as described,
  from burst_authors
  group by cluster_key, burst
  having sum(copies) >= $min_copies
),

duplicates as (
  select
    burst_members.mention_key,
    burst_stats.first_mention_id,
    burst_stats.described,
  from burst_members
  inner join burst_stats on burst_stats.cluster_key = burst_members.cluster_key and burst_stats.burst = burst_members.burst
),

busy_authors as (
  select author_key
  from mentions
  where author_key is not null
  group by author_key
  having count(*) >= $rate_posts
),

author_windows as (
  select
    mentions.author_key,
    count(*) over (
      partition by mentions.author_key order by epoch_us(mentions.created_at)
      range between $rate_minutes::bigint * 60000000 preceding and current row
    ) as posts_in_window,
  from mentions
  semi join busy_authors on busy_authors.author_key = mentions.author_key
),

machine_authors as (
  select
    author_key,
    format('author {} posted {} mentions within {} minutes (machine rate: {} or more)', author_key, max(posts_in_window), $rate_minutes, $rate_posts) as described,
  from author_windows
  group by author_key
  having max(posts_in_window) >= $rate_posts
),

final as (
  select
    mentions.mention_id,
    coalesce(mentions.mention_id <> duplicates.first_mention_id, false) as is_near_duplicate,
    'dup:' || duplicates.first_mention_id as duplicate_cluster_id,
    machine_authors.author_key is not null as is_machine_rate_author,
    nullif(concat_ws('; ',
      case when mentions.mention_id = duplicates.first_mention_id then 'first of' else 'copy in a burst of' end || duplicates.described,
      machine_authors.described
    ), '') as reason,
  from mentions
  left join duplicates on duplicates.mention_key = mentions.mention_key
  left join machine_authors on machine_authors.author_key = mentions.author_key
)

select * from final
