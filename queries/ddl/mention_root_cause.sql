-- Which theme of fct_root_causes each clustered mention belongs to; filled by the root-causes stage.
create table if not exists mention_root_cause (
  mention_id varchar not null,
  root_cause_id varchar not null,
  similarity double,                    -- cosine to the theme's centroid; null in the miscellaneous bucket
  is_representative boolean not null    -- among the mentions nearest the centroid
)
