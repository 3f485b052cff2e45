-- The data dictionary for fct_share_of_voice_daily: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table fct_share_of_voice_daily is 'Share of voice per day, platform and language: each brand (ours and competitors of dim_topics) against the others in volume, reach and engagement, with net sentiment toward the brand; noise is counted, not dropped.';
comment on column fct_share_of_voice_daily.created_date is 'The day (UTC).';
comment on column fct_share_of_voice_daily.platform is 'Platform of the mentions.';
comment on column fct_share_of_voice_daily.lang is 'Language of the mentions (ISO 639-1), und when unknown.';
comment on column fct_share_of_voice_daily.topic_id is 'The brand or competitor (dim_topics.topic_id).';
comment on column fct_share_of_voice_daily.topic_name is 'Display name of the brand.';
comment on column fct_share_of_voice_daily.topic_kind is 'brand (ours) or competitor.';
comment on column fct_share_of_voice_daily.volume is 'Mentions of the brand in the row''s period, platform and language.';
comment on column fct_share_of_voice_daily.volume_excluding_noise is 'volume without near-duplicate copies and machine-rate authors (mention_noise).';
comment on column fct_share_of_voice_daily.noise_removed is 'volume − volume_excluding_noise.';
comment on column fct_share_of_voice_daily.near_duplicates is 'Mentions that are later copies in a near-duplicate burst (a mention can also be machine-rate).';
comment on column fct_share_of_voice_daily.machine_rate_mentions is 'Mentions by authors posting at machine rates.';
comment on column fct_share_of_voice_daily.reach is 'Sum of reach (else the author''s followers, else 0) over the brand''s mentions.';
comment on column fct_share_of_voice_daily.engagement is 'Sum of likes + shares + comments over the brand''s mentions.';
comment on column fct_share_of_voice_daily.positive is 'Mentions positive toward the brand (mention_topics.brand_sentiment_label).';
comment on column fct_share_of_voice_daily.negative is 'Mentions negative toward the brand.';
comment on column fct_share_of_voice_daily.neutral is 'Mentions neutral toward the brand.';
comment on column fct_share_of_voice_daily.net_sentiment is '(positive − negative) / volume, −1 to 1.';
comment on column fct_share_of_voice_daily.share_of_voice is 'volume / the volume of all brands in the same period, platform and language; sums to 1 over brands.';
comment on column fct_share_of_voice_daily.share_of_voice_excluding_noise is 'share_of_voice computed on volume_excluding_noise.';
comment on column fct_share_of_voice_daily.share_of_reach is 'reach / the reach of all brands in the same period, platform and language.';
comment on column fct_share_of_voice_daily.share_of_engagement is 'engagement / the engagement of all brands in the same period, platform and language.';
