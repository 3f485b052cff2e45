-- The data dictionary for stg_mentions: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table stg_mentions is 'The canonical mention: one row per post however many exports delivered it. Platform dumps win over vendor rows; fields the winner lacks are filled from the other deliveries; lineage points at the winning delivery.';
comment on column stg_mentions.delivery_count is 'How many deliveries (export rows) were merged into this mention.';
