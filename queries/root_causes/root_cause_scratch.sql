-- What the stage's clustering decides, appended from TypeScript (pipelines/stages/root-causes.ts) for the
-- SQL in this folder to join with clustered_mentions. `theme` numbers the run's themes from 0; `scope` its
-- (brand, lang) pairs.
create or replace temp table root_cause_themes (
  theme integer, scope integer, brand varchar, lang varchar, root_cause_id varchar, label varchar, key_phrases varchar[],
  is_misc boolean, is_new boolean, centroid json
);

create or replace temp table root_cause_members (
  theme integer, row integer, similarity double, is_representative boolean
);
