-- The data dictionary for int_mention_authors: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table int_mention_authors is 'Who wrote each mention, as an author key; built by the influence stage.';
comment on column int_mention_authors.mention_id is 'The mention (fct_mentions.mention_id).';
comment on column int_mention_authors.platform is 'Platform of the mention.';
comment on column int_mention_authors.author_key is 'Author identity: <platform>:<handle, else id>, handle lower case without @.';
comment on column int_mention_authors.author_handle is 'Handle, lower case without @; borrowed from other rows of the same author id when this row had none.';
comment on column int_mention_authors.author_id is 'Author''s id on the platform, when exported.';
