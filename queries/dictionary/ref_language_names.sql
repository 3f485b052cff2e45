-- The data dictionary for ref_language_names: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table ref_language_names is 'Seed (queries/seeds/language_names.csv): language names and spellings exports use, mapped to ISO 639-1.';
comment on column ref_language_names.name is 'A language name as exports write it, lower case (english, türkçe, …).';
comment on column ref_language_names.lang is 'Its ISO 639-1 code.';
