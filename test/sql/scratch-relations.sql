-- Scratch tables that stages create in TypeScript before their SQL in queries/ reads them, so that SQL
-- binds here as it does inside the stage. Keep each shape as the code named beside it makes it.
-- pipelines/stages/sentiment.ts (RESULTS_DDL)
create temp table sentiment_result_batches (
  first_key integer, texts_count integer, langs varchar, lang_sources varchar, lang_confidences varchar,
  scores varchar, labels varchar, scorers varchar, evidence varchar);
-- pipelines/stages/noise.ts
create temp table noise_text_clusters (text_key integer, cluster_key integer);
-- pipelines/influence/graph-io.ts
create temp table author_pagerank (author_key varchar, pagerank double);
-- pipelines/ingest/stage-rows.ts: the raw tables' shape
create temp table ingest_rows as select * from raw_generic limit 0;
-- pipelines/ingest/load-json.ts
create temp table ingest_json_lines (source_line bigint, line varchar, is_valid boolean);
-- pipelines/topics/match-sql.ts
create temp table topic_matched_atoms as select text_key, topic_idx, atoms from topic_candidates limit 0;
-- pipelines/topics/brand-clauses.ts
create temp table topic_clause_sentiment (text_key bigint, lang varchar, topic_idx integer, sentiment_score double, sentiment_label varchar);
