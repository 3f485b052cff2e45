import { hasAll, hasAny, type TabularFormat } from './format.ts';

/** Reddit comments and submissions as NDJSON (Pushshift / Reddit API "data" objects). Ids keep their kind: t1_ comments, t3_ posts. */
export const reddit: TabularFormat = {
  name: 'reddit',
  label: 'Reddit comments/submissions dump',
  rawTable: 'raw_reddit',
  detect: (h) => hasAll(h, 'subreddit', 'createdutc', 'author') && hasAny(h, 'body', 'selftext', 'title'),
  constants: { platform: "'reddit'" },
  fields: {
    native_id: (col) => {
      const id = col('id');
      const name = col('name');
      const body = col('body');
      const kind = body ? `case when ${body} is not null then 't1_' else 't3_' end` : "'t3_'";
      const fromId = id ? `case when ${id} like 't_\\_%' escape '\\' then ${id} else ${kind} || ${id} end` : undefined;
      return [name, fromId].filter(Boolean).length ? `coalesce(${[name, fromId].filter(Boolean).join(', ')})` : undefined;
    },
    source_name: ['subreddit'],
    url: (col) => {
      const permalink = col('permalink');
      const url = col('url');
      const fromPermalink = permalink ? `case when ${permalink} like '/%' then 'https://www.reddit.com' || ${permalink} else ${permalink} end` : undefined;
      const parts = [fromPermalink, url].filter(Boolean);
      return parts.length ? `coalesce(${parts.join(', ')})` : undefined;
    },
    created_at: ['created_utc', 'created'],
    author_id: ['author_fullname'],
    author_handle: ['author'],
    title: ['title'],
    body: ['body', 'selftext'],
    likes: ['score', 'ups'],
    comments: ['num_comments'],
    parent_id: ['parent_id'],
    thread_id: ['link_id'],
  },
};
