-- The data dictionary for fct_mentions_daily: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table fct_mentions_daily is 'Volume, reach and engagement per day, platform and language.';
comment on column fct_mentions_daily.created_date is 'The day (UTC).';
comment on column fct_mentions_daily.platform is 'Platform of the mentions.';
comment on column fct_mentions_daily.lang is 'Language of the mentions (ISO 639-1), und when unknown.';
comment on column fct_mentions_daily.mentions is 'Mentions that day on the platform in the language.';
comment on column fct_mentions_daily.reach is 'Sum of reach (else the author''s followers, else 0) over those mentions.';
comment on column fct_mentions_daily.engagement is 'Sum of likes + shares + comments over those mentions.';
