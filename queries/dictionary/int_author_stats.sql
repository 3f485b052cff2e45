-- The data dictionary for int_author_stats: applied by the runner after the stage that builds it (a rebuilt
-- table loses its comments). Columns without a line here take the comment of the same column of
-- the relation they are selected from.
comment on table int_author_stats is 'Per author: profile, activity, engagement received on their own mentions, and the replies, reposts, quotes and @mentions other authors sent them; the input of dim_authors.';
comment on column int_author_stats.author_key is 'Author identity: <platform>:<handle, else id>.';
comment on column int_author_stats.platform is 'Platform of the author.';
comment on column int_author_stats.author_handle is 'Handle, lower case without @.';
comment on column int_author_stats.author_id is 'Author''s id on the platform, when exported.';
comment on column int_author_stats.author_name is 'Latest known display name.';
comment on column int_author_stats.followers is 'Latest known follower count.';
comment on column int_author_stats.is_verified is 'Whether any delivery marks the author as verified.';
comment on column int_author_stats.mentions is 'Mentions the author wrote.';
comment on column int_author_stats.active_days is 'Distinct days on which the author wrote a mention.';
comment on column int_author_stats.first_seen_at is 'Time of the author''s first mention (UTC).';
comment on column int_author_stats.last_seen_at is 'Time of the author''s latest mention (UTC).';
comment on column int_author_stats.engagement_received is 'Likes + shares + comments on the author''s own mentions (negative scores count as none).';
comment on column int_author_stats.engagement_per_mention is 'engagement_received / mentions.';
comment on column int_author_stats.replies_received is 'Replies other authors wrote to the author''s mentions.';
comment on column int_author_stats.reposts_received is 'Reposts of the author''s mentions by other authors.';
comment on column int_author_stats.quotes_received is 'Quotes of the author''s mentions by other authors.';
comment on column int_author_stats.mentions_received is '@mentions of the author by other authors.';
comment on column int_author_stats.amplification is 'replies_received + reposts_received + quotes_received.';
comment on column int_author_stats.interacting_authors is 'Distinct authors who replied to, reposted, quoted or @mentioned the author.';
