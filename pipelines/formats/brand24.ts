import { hasAll, hasAny, type TabularFormat } from './format.ts';

/** Brand24 mentions export: date and time columns, a source category, Brand24's own sentiment. */
export const brand24: TabularFormat = {
  name: 'brand24',
  label: 'Brand24 mentions export',
  rawTable: 'raw_brand24',
  detect: (h) => hasAll(h, 'date', 'time') && hasAny(h, 'sourcecategory', 'sourcetype', 'host') && hasAny(h, 'content', 'text'),
  fields: {
    platform: ['Source Category', 'Source Type', 'sourceType', 'Source'],
    source_name: ['Host', 'Source'],
    url: ['URL', 'Link'],
    created_at: (col) => {
      const date = col('Date');
      const time = col('Time');
      return date && time ? `nullif(trim(concat_ws(' ', ${date}, ${time})), '')` : date;
    },
    author_handle: ['Author', 'Profile'],
    author_followers: ['Author Followers', 'authorFollowers', 'Followers'],
    title: ['Title'],
    body: ['Content', 'Text'],
    lang: ['Language'],
    country: ['Country'],
    likes: ['Likes'],
    shares: ['Shares'],
    comments: ['Comments'],
    reach: ['Reach'],
    vendor_sentiment: ['Sentiment'],
  },
};
