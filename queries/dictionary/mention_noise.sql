-- The data dictionary for mention_noise: the table's DDL is queries/ddl/mention_noise.sql. The runner applies these
-- comments at the start of every run and after the stage that writes the table.
comment on table mention_noise is 'One row per mention: whether it is noise for share of voice (a near-duplicate copy, a machine-rate author) and why; filled by the noise stage.';
comment on column mention_noise.mention_id is 'The mention (fct_mentions.mention_id).';
comment on column mention_noise.is_near_duplicate is 'A later copy in a burst of near-identical texts; the first of the burst is kept.';
comment on column mention_noise.duplicate_cluster_id is 'dup: followed by the first mention of the burst; null when not in one.';
comment on column mention_noise.is_machine_rate_author is 'The author posts faster than a person does.';
comment on column mention_noise.reason is 'Why the mention is noise, in words; null when it is not.';
