import { hasAny, type TabularFormat } from './format.ts';

/** Meltwater Explore/Monitor content export: UTF-16, tab-separated, date and time in separate columns. */
export const meltwater: TabularFormat = {
  name: 'meltwater',
  label: 'Meltwater content export',
  rawTable: 'raw_meltwater',
  detect: (h) => hasAny(h, 'hitsentence') || (h.has('documentid') && hasAny(h, 'sourcetype', 'inputname')),
  fields: {
    native_id: ['Tweet Id'],
    platform: ['Source Type', 'Content Type'],
    source_name: ['Source Name', 'Source', 'Source Domain'],
    url: ['URL'],
    created_at: (col) => {
      const date = col('Date');
      const time = col('Time');
      if (!date) return col('Published Date & Time') ?? col('Published Date');
      return time ? `nullif(trim(concat_ws(' ', ${date}, ${time})), '')` : date;
    },
    author_id: ['Twitter Id'],
    author_handle: ['Author Handle', 'Influencer'],
    author_name: ['Author Name'],
    title: ['Headline', 'Title'],
    body: ['Hit Sentence', 'Opening Text'],
    lang: ['Language'],
    country: ['Country'],
    location: ['City', 'State', 'Region'],
    likes: ['Likes', 'Reactions'],
    shares: ['Shares', 'Reposts'],
    comments: ['Comments', 'Replies'],
    views: ['Views', 'Estimated Views'],
    reach: ['Reach'],
    hashtags: ['Hashtags'],
    links: ['Links'],
    vendor_sentiment: ['Sentiment'],
  },
};
