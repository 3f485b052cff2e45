-- The data dictionary for dim_topics: the table's DDL is queries/ddl/dim_topics.sql. The runner applies these
-- comments at the start of every run and after the stage that writes the table.
comment on table dim_topics is 'The brands, competitors, products and topics of listening.config.ts as the topics stage last matched them.';
comment on column dim_topics.topic_id is 'Id of the brand, competitor, product or topic (the key in listening.config.ts).';
comment on column dim_topics.name is 'Display name.';
comment on column dim_topics.kind is 'brand (ours), competitor, product or topic.';
comment on column dim_topics.parent_id is 'The brand a product belongs to; null for others.';
comment on column dim_topics.query is 'The Boolean query in canonical form, aliases and misspellings expanded.';
