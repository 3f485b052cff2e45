-- The data dictionary for fct_root_causes: the table's DDL is queries/ddl/fct_root_causes.sql. The runner applies these
-- comments at the start of every run and after the stage that writes the table.
comment on table fct_root_causes is 'Complaint themes per brand and language, clustered from mentions negative toward the brand, with labels and ids kept across runs; filled by the root-causes stage (docs/root-causes.md).';
comment on column fct_root_causes.root_cause_id is 'Stable id: a theme keeps its id while a later run finds it again.';
comment on column fct_root_causes.brand is 'topic_id of the brand or competitor.';
comment on column fct_root_causes.lang is 'all (every language clustered together) or the ISO 639-1 language clustered on its own.';
comment on column fct_root_causes.label is 'The top key phrases joined by /, or miscellaneous.';
comment on column fct_root_causes.key_phrases is 'Key phrases by class-based TF-IDF, best first.';
comment on column fct_root_causes.is_misc is 'True for the bucket of mentions close to no theme.';
comment on column fct_root_causes.size is 'Mentions in the theme.';
comment on column fct_root_causes.share is 'Share of the clustered mentions of the brand and language.';
comment on column fct_root_causes.mean_sentiment is 'Mean sentiment score of the theme''s mentions, −1 to 1.';
comment on column fct_root_causes.first_date is 'Day of the theme''s first mention.';
comment on column fct_root_causes.last_date is 'Day of the theme''s latest mention.';
comment on column fct_root_causes.top_authors is 'Authors with the most mentions in the theme.';
comment on column fct_root_causes.is_new is 'True when no theme of the previous run matched it.';
comment on column fct_root_causes.centroid is 'Top feature weights of the theme, to match the next run''s themes.';
comment on column fct_root_causes.population is 'Which mentions were clustered: negative (toward the brand) or all.';
comment on column fct_root_causes.run_id is 'Pipeline run that found the theme.';
