-- The data dictionary for int_interactions: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table int_interactions is 'The interaction graph''s edge list: who replied to, reposted, quoted or @mentioned whom, one row per ordered pair of authors on a platform; self-interactions dropped.';
comment on column int_interactions.platform is 'Platform of both authors.';
comment on column int_interactions.source_key is 'The author who interacted (author_key).';
comment on column int_interactions.target_key is 'The author interacted with (author_key).';
comment on column int_interactions.replies is 'Replies from source to target''s posts.';
comment on column int_interactions.reposts is 'Reposts of target''s posts by source.';
comment on column int_interactions.quotes is 'Quotes of target''s posts by source.';
comment on column int_interactions.mentions is '@mentions of target by source (a repost is not also a mention).';
comment on column int_interactions.weight is 'replies + reposts + quotes + mentions: the edge weight for PageRank.';
