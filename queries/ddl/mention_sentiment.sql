create table if not exists mention_sentiment (
    mention_id varchar not null,
    lang varchar,
    lang_source varchar not null,
    lang_confidence double,
    sentiment_score double not null,
    sentiment_label varchar not null,
    scorer varchar not null,
    evidence json,
    scored_at timestamptz not null
);
-- md5 of the (text, export language) pair scored: a mention whose text changed since is scored again.
alter table mention_sentiment add column if not exists scored_text_md5 varchar
