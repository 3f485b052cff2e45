-- The data dictionary for mention_root_cause: the table's DDL is queries/ddl/mention_root_cause.sql. The runner applies these
-- comments at the start of every run and after the stage that writes the table.
comment on table mention_root_cause is 'Which complaint theme (fct_root_causes) each clustered mention belongs to; filled by the root-causes stage.';
comment on column mention_root_cause.mention_id is 'The mention (fct_mentions.mention_id).';
comment on column mention_root_cause.root_cause_id is 'The theme (fct_root_causes.root_cause_id).';
comment on column mention_root_cause.similarity is 'Cosine similarity to the theme''s centroid; null in the miscellaneous bucket.';
comment on column mention_root_cause.is_representative is 'Among the mentions nearest the centroid: good examples of the theme.';
