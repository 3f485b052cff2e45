-- The data dictionary for fct_brand_advocates: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table fct_brand_advocates is 'Top advocates and detractors per brand: authors ranked by influence × their net sentiment toward the brand, at most advocatesPerBrand per brand and role; built by the influence stage.';
comment on column fct_brand_advocates.brand_id is 'The brand or competitor (dim_topics.topic_id).';
comment on column fct_brand_advocates.brand_name is 'Display name of the brand.';
comment on column fct_brand_advocates.role is 'advocate (net sentiment above 0) or detractor (below 0).';
comment on column fct_brand_advocates.role_rank is 'Rank within the brand and role by |advocacy_score| (1 = strongest).';
comment on column fct_brand_advocates.author_key is 'Author identity: <platform>:<handle, else id> (dim_authors.author_key).';
comment on column fct_brand_advocates.platform is 'Platform of the author.';
comment on column fct_brand_advocates.author_handle is 'Handle, lower case without @.';
comment on column fct_brand_advocates.author_name is 'Latest known display name.';
comment on column fct_brand_advocates.followers is 'Latest known follower count.';
comment on column fct_brand_advocates.mentions is 'The author''s mentions of the brand.';
comment on column fct_brand_advocates.positive_mentions is 'Of those, positive toward the brand.';
comment on column fct_brand_advocates.negative_mentions is 'Of those, negative toward the brand.';
comment on column fct_brand_advocates.net_sentiment is '(positive_mentions − negative_mentions) / mentions, −1 to 1.';
comment on column fct_brand_advocates.mean_sentiment_score is 'Mean sentiment score toward the brand over the author''s mentions of it.';
comment on column fct_brand_advocates.influence_score is 'The author''s influence, 0–100 within the platform (dim_authors).';
comment on column fct_brand_advocates.influence_rank is 'Rank by influence_score within the platform.';
comment on column fct_brand_advocates.advocacy_score is 'influence_score × net_sentiment: positive for advocates, negative for detractors.';
