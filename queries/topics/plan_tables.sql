-- The compiled topic queries as data (pipelines/topics/compile.ts fills them): query terms reach SQL
-- only as values in these tables.
create or replace temp table topic_meta (topic_idx integer, topic_id varchar, name varchar, topic_kind varchar, parent_id varchar, query varchar);
create or replace temp table topic_words (word_id integer, match_kind varchar, pattern varchar, max_edits integer);
create or replace temp table topic_phrase_words (leaf_id integer, word_index integer, word_id integer, leaf_length integer);
create or replace temp table topic_tags (leaf_id integer, tag_kind varchar, pattern varchar, is_prefix boolean);
create or replace temp table topic_near_sides (atom_id integer, side integer, leaf_id integer, distance integer, is_ordered boolean);
create or replace temp table topic_atoms (topic_idx integer, atom_id integer, label varchar, is_positive boolean, is_term boolean);
create or replace temp table topic_triggers (topic_idx integer, atom_id integer);
