-- One row per mention: the canonical mention with its language (exported, else detected), sentiment,
-- day, engagement, and the hashtags, handles and links of its text when the export did not list them.
with mentions as (
  select * from stg_mentions
),

sentiment as (
  select * from mention_sentiment
),

final as (
  select
    mentions.* replace (
      coalesce(mentions.lang, sentiment.lang) as lang,
      case
        when mentions.hashtags is not null then mentions.hashtags
        when contains(coalesce(mentions.body, ''), '#')
          then list_transform(regexp_extract_all(mentions.body, '#([\p{L}\p{N}_]+)', 1), tag -> lower(tag))
      end as hashtags,
      case
        when mentions.mentioned_handles is not null then mentions.mentioned_handles
        when contains(coalesce(mentions.body, ''), '@')
          then list_transform(regexp_extract_all(mentions.body, '@([A-Za-z0-9_.]+)', 1), handle -> lower(handle))
      end as mentioned_handles,
      case
        when mentions.links is not null then mentions.links
        when contains(coalesce(mentions.body, ''), 'http') then regexp_extract_all(mentions.body, 'https?://[^\s<>"]+')
      end as links
    ),
    sentiment.lang_source,
    sentiment.lang_confidence,
    sentiment.sentiment_score,
    sentiment.sentiment_label,
    sentiment.scorer as sentiment_scorer,
    sentiment.evidence as sentiment_evidence,
    cast(mentions.created_at as date) as created_date,
    coalesce(mentions.likes, 0) + coalesce(mentions.shares, 0) + coalesce(mentions.comments, 0) as engagement,
    mentions.parent_id is not null as is_reply,
    mentions.shared_from_id is not null as is_share
  from mentions
  left join sentiment on sentiment.mention_id = mentions.mention_id
)

select * from final
