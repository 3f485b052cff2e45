-- The data dictionary for fct_root_cause_daily: the table's DDL is queries/ddl/fct_root_cause_daily.sql. The runner applies these
-- comments at the start of every run and after the stage that writes the table.
comment on table fct_root_cause_daily is 'Mentions per complaint theme per day; filled by the root-causes stage.';
comment on column fct_root_cause_daily.root_cause_id is 'The theme (fct_root_causes.root_cause_id).';
comment on column fct_root_cause_daily.mention_date is 'The day (UTC).';
comment on column fct_root_cause_daily.mentions is 'Mentions of the theme that day.';
