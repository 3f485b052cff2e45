-- Every loaded row of every export, typed and normalized, one row per delivery (duplicates kept).
with raw_rows as (
  select 'generic' as source_format, * from raw_generic
  union all select 'brandwatch', * from raw_brandwatch
  union all select 'talkwalker', * from raw_talkwalker
  union all select 'meltwater', * from raw_meltwater
  union all select 'sprinklr', * from raw_sprinklr
  union all select 'brand24', * from raw_brand24
  union all select 'x_api_v2', * from raw_x_api_v2
  union all select 'reddit', * from raw_reddit
),

files as (
  select file_id, date_order, time_zone from ingest_files where status = 'loaded'
),

platform_aliases as (
  select lower(alias) as alias, platform from ref_platform_aliases
),

language_names as (
  select lower(name) as name, lang from ref_language_names
),

sentiment_labels as (
  select lower(value) as value, sentiment from ref_sentiment_labels
),

platformed as (
  select
    raw_rows.*,
    case
      when platform_aliases.platform is not null then platform_aliases.platform
      when platform_from_url(raw_rows.url) is not null then platform_from_url(raw_rows.url)
      else coalesce(nullif(lower(trim(raw_rows.platform)), ''), 'web')
    end as platform_canonical
  from raw_rows
  left join platform_aliases on platform_aliases.alias = lower(trim(raw_rows.platform))
),

final as (
  select
    platformed.platform_canonical || ':' || case
      when nullif(trim(platformed.native_id), '') is not null then trim(platformed.native_id)
      when native_id_from_url(platformed.platform_canonical, platformed.url) is not null
        then native_id_from_url(platformed.platform_canonical, platformed.url)
      when normalize_url(platformed.url) is not null then 'u' || left(md5(normalize_url(platformed.url)), 16)
      else 'h' || left(md5(concat_ws('|', platformed.author_handle, platformed.created_at, platformed.title, platformed.body)), 16)
    end as mention_id,
    platformed.platform_canonical as platform,
    nullif(trim(platformed.source_name), '') as source_name,
    nullif(trim(platformed.url), '') as url,
    parse_timestamp(platformed.created_at, files.date_order, files.time_zone) as created_at,
    nullif(trim(platformed.author_id), '') as author_id,
    nullif(ltrim(trim(platformed.author_handle), '@'), '') as author_handle,
    nullif(trim(platformed.author_name), '') as author_name,
    parse_count(platformed.author_followers) as author_followers,
    parse_bool(platformed.is_author_verified) as is_author_verified,
    nullif(platformed.title, '') as title,
    nullif(platformed.body, '') as body,
    case
      when lower(trim(platformed.lang)) in ('', 'und', 'zxx', 'unknown', 'other') then null
      when regexp_full_match(lower(trim(platformed.lang)), '[a-z]{2}([-_][a-z0-9]+)?') then left(lower(trim(platformed.lang)), 2)
      else language_names.lang
    end as lang,
    case
      when regexp_full_match(trim(platformed.country), '[A-Za-z]{2}') then upper(trim(platformed.country))
      else nullif(trim(platformed.country), '')
    end as country,
    nullif(trim(platformed.location), '') as location,
    parse_count(platformed.likes) as likes,
    parse_count(platformed.shares) as shares,
    parse_count(platformed.comments) as comments,
    parse_count(platformed.views) as views,
    parse_count(platformed.reach) as reach,
    linked_mention_id(platformed.platform_canonical, platformed.parent_id) as parent_id,
    linked_mention_id(platformed.platform_canonical, platformed.shared_from_id) as shared_from_id,
    linked_mention_id(platformed.platform_canonical, platformed.thread_id) as thread_id,
    parse_list(platformed.hashtags, '#') as hashtags,
    parse_list(platformed.mentioned_handles, '@') as mentioned_handles,
    parse_list(platformed.links, '') as links,
    case
      when try_cast(trim(platformed.vendor_sentiment) as double) > 0 then 'positive'
      when try_cast(trim(platformed.vendor_sentiment) as double) < 0 then 'negative'
      when try_cast(trim(platformed.vendor_sentiment) as double) = 0 then 'neutral'
      else sentiment_labels.sentiment
    end as vendor_sentiment,
    platformed.extra,
    platformed.source_format,
    platformed.file_id,
    platformed.source_file,
    platformed.source_line,
    platformed.batch_id,
    platformed.ingested_at
  from platformed
  left join files on files.file_id = platformed.file_id
  left join language_names on language_names.name = lower(trim(platformed.lang))
  left join sentiment_labels on sentiment_labels.value = lower(trim(platformed.vendor_sentiment))
)

select * from final
