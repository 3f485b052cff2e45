-- What the stage's clustering decides, appended from TypeScript (pipelines/stages/root-causes.ts) for the
-- SQL in this folder to join with clustered_mentions. A theme is (brand, lang, theme): its number in its scope.
create or replace temp table root_cause_themes (
  brand varchar, lang varchar, theme integer, root_cause_id varchar, label varchar, key_phrases varchar[],
  is_misc boolean, is_new boolean, centroid json
);

create or replace temp table root_cause_members (
  brand varchar, lang varchar, row integer, theme integer, similarity double, is_representative boolean
);
