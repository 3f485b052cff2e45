-- The rows of mention_noise. Near-duplicates: texts of one MinHash cluster (noise_text_clusters; an
-- unclustered text is its own cluster) posted in a burst, each copy within $gap_minutes of the one
-- before, at least $min_copies copies; the first of a burst is kept, the rest are flagged.
-- Machine-rate authors: $rate_posts or more mentions within $rate_minutes.
with texts as (
  select * from noise_texts
),

keyed as (
  select
    texts.mention_id,
    texts.author_key,
    texts.created_at,
    coalesce(noise_text_clusters.cluster_key, noise_distinct_texts.text_key) as cluster_key
  from texts
  inner join noise_distinct_texts on noise_distinct_texts.copy_text = texts.copy_text
  left join noise_text_clusters on noise_text_clusters.text_key = noise_distinct_texts.text_key
  where not texts.is_repost
),

gaps as (
  select
    *,
    case
      when created_at - lag(created_at) over (partition by cluster_key order by created_at, mention_id) <= to_minutes($gap_minutes::bigint) then 0
      else 1
    end as starts_burst
  from keyed
),

bursts as (
  select
    *,
    sum(starts_burst) over (partition by cluster_key order by created_at, mention_id rows between unbounded preceding and current row) as burst
  from gaps
),

burst_stats as (
  select
    cluster_key,
    burst,
    count(*) as copies,
    count(distinct author_key) as authors,
    arg_min(mention_id, created_at) as first_mention_id,
    round(date_diff('minute', min(created_at), max(created_at)) / 60.0, 1) as hours
  from bursts
  group by cluster_key, burst
  having count(*) >= $min_copies
),

duplicates as (
  select
    bursts.mention_id,
    bursts.mention_id <> burst_stats.first_mention_id as is_near_duplicate,
    'dup:' || burst_stats.first_mention_id as duplicate_cluster_id,
    format('{} {} near-identical texts from {} account(s) within {} h (first {})',
      case when bursts.mention_id = burst_stats.first_mention_id then 'first of' else 'copy in a burst of' end,
      burst_stats.copies, burst_stats.authors, burst_stats.hours, burst_stats.first_mention_id) as duplicate_reason
  from bursts
  inner join burst_stats on burst_stats.cluster_key = bursts.cluster_key and burst_stats.burst = bursts.burst
),

author_windows as (
  select
    author_key,
    count(*) over (partition by author_key order by created_at range between to_minutes($rate_minutes::bigint) preceding and current row) as posts_in_window
  from texts
  where author_key is not null
),

machine_authors as (
  select author_key, max(posts_in_window) as peak_posts
  from author_windows
  group by author_key
  having max(posts_in_window) >= $rate_posts
),

final as (
  select
    texts.mention_id,
    coalesce(duplicates.is_near_duplicate, false) as is_near_duplicate,
    duplicates.duplicate_cluster_id,
    machine_authors.author_key is not null as is_machine_rate_author,
    nullif(concat_ws('; ',
      duplicates.duplicate_reason,
      case when machine_authors.author_key is not null then
        format('author {} posted {} mentions within {} minutes (machine rate: {} or more)', texts.author_key, machine_authors.peak_posts, $rate_minutes, $rate_posts)
      end
    ), '') as reason
  from texts
  left join duplicates on duplicates.mention_id = texts.mention_id
  left join machine_authors on machine_authors.author_key = texts.author_key
)

select * from final
