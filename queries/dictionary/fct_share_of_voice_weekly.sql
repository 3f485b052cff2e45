-- The data dictionary for fct_share_of_voice_weekly: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table fct_share_of_voice_weekly is 'Share of voice per ISO week (Monday start), platform and language, summed from fct_share_of_voice_daily; shares and net sentiment recomputed from the weekly counts.';
comment on column fct_share_of_voice_weekly.created_week is 'Monday of the ISO week (UTC).';
