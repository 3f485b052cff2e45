-- The data dictionary for stg_raw_rows: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on view stg_raw_rows is 'Every delivery of every raw_* table, typed and normalized: one row per exported row, before deduplication (a post delivered by two exports is two rows).';
comment on column stg_raw_rows.mention_id is 'Stable id of the post: <platform>:<native id> (x:1834…, reddit:t1_abc, youtube:dQw4w9WgXcQ), else a hash of the post''s URL, else of platform, author, time and text.';
comment on column stg_raw_rows.platform is 'Where it was said, canonical: x, reddit, facebook, instagram, tiktok, youtube, linkedin, news, blog, forum, review, …';
comment on column stg_raw_rows.source_name is 'Site, page, subreddit or channel name, when exported.';
comment on column stg_raw_rows.url is 'Link to the post, when exported.';
comment on column stg_raw_rows.created_at is 'When the post was published (UTC).';
comment on column stg_raw_rows.author_id is 'Author''s id on the platform, when exported.';
comment on column stg_raw_rows.author_handle is 'Author''s handle without @.';
comment on column stg_raw_rows.author_name is 'Author''s display name.';
comment on column stg_raw_rows.author_followers is 'Author''s follower count as exported (1.2K and 1,204 read as numbers).';
comment on column stg_raw_rows.is_author_verified is 'Whether the export marks the author as verified.';
comment on column stg_raw_rows.title is 'Title of the post (articles, videos, threads); null for most social posts.';
comment on column stg_raw_rows.body is 'Text of the post, unchanged.';
comment on column stg_raw_rows.lang is 'Language as exported, ISO 639-1 (names such as Turkish mapped to tr); null when the export gave none.';
comment on column stg_raw_rows.country is 'Country as exported (two-letter codes upper-cased).';
comment on column stg_raw_rows.location is 'Free-text location as exported.';
comment on column stg_raw_rows.likes is 'Likes, reactions or upvotes as exported.';
comment on column stg_raw_rows.shares is 'Shares, reposts or retweets as exported.';
comment on column stg_raw_rows.comments is 'Comments or replies as exported.';
comment on column stg_raw_rows.views is 'Views or impressions as exported.';
comment on column stg_raw_rows.reach is 'Reach or audience estimate as exported.';
comment on column stg_raw_rows.parent_id is 'mention_id of the post this one replies to.';
comment on column stg_raw_rows.shared_from_id is 'mention_id of the post this one reposts or quotes.';
comment on column stg_raw_rows.thread_id is 'mention_id of the thread or conversation the post belongs to.';
comment on column stg_raw_rows.hashtags is 'Hashtags as exported, lower case without #.';
comment on column stg_raw_rows.mentioned_handles is '@handles mentioned, as exported, lower case without @.';
comment on column stg_raw_rows.links is 'Links in the post, as exported.';
comment on column stg_raw_rows.vendor_sentiment is 'The vendor''s own sentiment, as positive, neutral or negative (numeric scores mapped by sign); null when not exported.';
comment on column stg_raw_rows.extra is 'Every other exported field of the row, as JSON.';
comment on column stg_raw_rows.source_format is 'Format of the export the row came from: generic, brandwatch, talkwalker, meltwater, sprinklr, brand24, x_api_v2, reddit.';
comment on column stg_raw_rows.file_id is 'Content hash of the export file (ingest_files.file_id).';
comment on column stg_raw_rows.source_file is 'Path of the export file, relative to the workspace root.';
comment on column stg_raw_rows.source_line is 'Physical line of the row in source_file (1-based): every mention can be traced to its line.';
comment on column stg_raw_rows.batch_id is 'Run id of the pipeline run that loaded the row.';
comment on column stg_raw_rows.ingested_at is 'When the row was loaded (UTC).';
