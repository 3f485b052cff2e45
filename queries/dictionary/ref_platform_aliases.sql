-- The data dictionary for ref_platform_aliases: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table ref_platform_aliases is 'Seed (queries/seeds/platform_aliases.csv): platform and source-type names exports use, mapped to the canonical platform.';
comment on column ref_platform_aliases.alias is 'A platform or source type as exports write it, lower case (twitter, tweet, …).';
comment on column ref_platform_aliases.platform is 'The canonical platform (x, reddit, news, …).';
