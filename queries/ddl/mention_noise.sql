-- One row per mention: whether it is noise for share of voice, and why. Filled by the noise stage.
create table if not exists mention_noise (
  mention_id varchar,
  is_near_duplicate boolean,            -- a later copy in a burst of near-identical texts (the first one is kept)
  duplicate_cluster_id varchar,         -- 'dup:' || the first mention of the burst; null when not in one
  is_machine_rate_author boolean,       -- its author posts faster than a person does
  reason varchar                        -- why, in words; null when neither
);
