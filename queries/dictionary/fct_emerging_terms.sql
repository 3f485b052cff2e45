-- The data dictionary for fct_emerging_terms: the table's DDL is queries/ddl/fct_emerging_terms.sql. The runner applies these
-- comments at the start of every run and after the stage that writes the table.
comment on table fct_emerging_terms is 'Words and hashtags whose rate rose in the recent window against their own baseline, per brand/topic; filled by the trends stage.';
comment on column fct_emerging_terms.topic_id is 'The brand or topic of mention_topics, or all.';
comment on column fct_emerging_terms.topic_name is 'Display name of the brand or topic.';
comment on column fct_emerging_terms.kind is 'term (a word) or hashtag.';
comment on column fct_emerging_terms.term is 'The word or hashtag, lower case.';
comment on column fct_emerging_terms.term_rank is 'Rank by G² within the topic and kind (1 = most significant rise).';
comment on column fct_emerging_terms.recent_count is 'Mentions using it in the recent window.';
comment on column fct_emerging_terms.baseline_count is 'Mentions using it in the baseline window.';
comment on column fct_emerging_terms.recent_total is 'Mentions of the topic in the recent window.';
comment on column fct_emerging_terms.baseline_total is 'Mentions of the topic in the baseline window.';
comment on column fct_emerging_terms.rate_ratio is 'Recent rate / baseline rate; null when the term is new.';
comment on column fct_emerging_terms.g2 is 'Dunning''s log-likelihood G² of the rise.';
comment on column fct_emerging_terms.first_seen_date is 'First day the term appears in the two windows.';
comment on column fct_emerging_terms.recent_from is 'First day of the recent window.';
comment on column fct_emerging_terms.recent_to is 'Last day of the recent window.';
comment on column fct_emerging_terms.baseline_from is 'First day of the baseline window (it ends where the recent window starts).';
comment on column fct_emerging_terms.run_id is 'Pipeline run that computed the row.';
comment on column fct_emerging_terms.computed_at is 'When it was computed (UTC).';
