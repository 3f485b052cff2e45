-- The mentions holding each text of topic_texts, with the export's language.
with mentions as (
  select mention_id, title, body, hashtags, mentioned_handles, lang
  from stg_mentions
),

final as (
  select topic_texts.rowid as text_key, mentions.mention_id, mentions.lang
  from mentions
  inner join topic_texts
    on topic_texts.title is not distinct from mentions.title
    and topic_texts.body is not distinct from mentions.body
    and topic_texts.export_hashtags is not distinct from mentions.hashtags
    and topic_texts.export_handles is not distinct from mentions.mentioned_handles
)

select * from final
