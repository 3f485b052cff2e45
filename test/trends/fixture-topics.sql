-- A stand-in for the topics stage in tests: the sample's three brands matched by simple ILIKE rules
-- on aliases, misspellings, handles and hashtags, with the mention's own sentiment.
create or replace table dim_topics as
select * from (values
  ('pakkit', 'Pakkit', 'brand', null, 'pakkit OR pakit'),
  ('rushbee', 'Rushbee', 'competitor', null, 'rushbee OR "rush bee" OR rushbe OR rusbee'),
  ('grubzy', 'Grubzy', 'competitor', null, 'grubzy OR grubsy OR grubzi')
) as topics(topic_id, name, kind, parent_id, query);

create or replace table mention_topics as
with rules as (
  select * from (values
    ('pakkit', 'brand', '%pakkit%'),
    ('pakkit', 'brand', '%pakit%'),
    ('rushbee', 'competitor', '%rush%bee%'),
    ('rushbee', 'competitor', '%rushbe%'),
    ('rushbee', 'competitor', '%rusbee%'),
    ('grubzy', 'competitor', '%grubzy%'),
    ('grubzy', 'competitor', '%grubsy%'),
    ('grubzy', 'competitor', '%grubzi%')
  ) as rules(topic_id, topic_kind, pattern)
)
select distinct
  fct_mentions.mention_id,
  rules.topic_id,
  rules.topic_kind,
  [rules.topic_id] as matched_terms,
  fct_mentions.sentiment_score as brand_sentiment_score,
  fct_mentions.sentiment_label as brand_sentiment_label
from fct_mentions
inner join rules on coalesce(fct_mentions.title, '') || ' ' || coalesce(fct_mentions.body, '') ilike rules.pattern;
