-- The data dictionary for fct_author_influence_history: the table's DDL is queries/ddl/fct_author_influence_history.sql. The runner applies these
-- comments at the start of every run and after the stage that writes the table.
comment on table fct_author_influence_history is 'Every influence score ever computed, one row per run and author, appended by the influence stage and never rewritten.';
comment on column fct_author_influence_history.run_id is 'Pipeline run that computed the score.';
comment on column fct_author_influence_history.formula_version is 'Version of the influence formula.';
comment on column fct_author_influence_history.author_key is 'Author identity: <platform>:<handle, else id> (dim_authors.author_key).';
comment on column fct_author_influence_history.influence_score is 'Influence, 0–100 within the platform, as computed in that run.';
comment on column fct_author_influence_history.computed_at is 'When the score was computed (UTC).';
