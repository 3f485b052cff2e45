import { hasAll, hasAny, type TabularFormat } from './format.ts';

/**
 * Sprinklr listening message extract. No public header sample exists; names follow Sprinklr's documented
 * message dimensions (Universal Message ID, Message Type, Channel, Sender …) and are matched loosely.
 */
export const sprinklr: TabularFormat = {
  name: 'sprinklr',
  label: 'Sprinklr message extract',
  rawTable: 'raw_sprinklr',
  detect: (h) => hasAny(h, 'universalmessageid') || (hasAll(h, 'messagetype', 'channel') && hasAny(h, 'sendername', 'senderscreenname', 'message')),
  fields: {
    native_id: ['Social Network Message Id', 'Permalink Id'],
    platform: ['Social Network', 'Channel', 'Channel (Snapshot)'],
    url: ['Permalink', 'Message URL', 'URL'],
    created_at: ['Created Time', 'Date', 'Published Time'],
    author_id: ['Sender Id', 'Sender Profile Id'],
    author_handle: ['Sender Screen Name', 'Sender Name', 'Account'],
    author_name: ['Sender Name'],
    author_followers: ['Sender Followers Count', 'Sender Followers'],
    title: ['Title'],
    body: ['Message', 'Text', 'Conversation Stream'],
    lang: ['Language'],
    country: ['Country'],
    likes: ['Likes', 'Favorites'],
    shares: ['Shares', 'Retweets'],
    comments: ['Comments', 'Replies'],
    reach: ['Reach', 'Potential Reach'],
    parent_id: ['Parent Message Id', 'In Reply To'],
    vendor_sentiment: ['Sentiment'],
  },
};
