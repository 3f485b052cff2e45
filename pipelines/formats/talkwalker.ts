import { hasAll, hasAny, type TabularFormat } from './format.ts';

/** Talkwalker results export: API document field names, nested attributes as dot paths. */
export const talkwalker: TabularFormat = {
  name: 'talkwalker',
  label: 'Talkwalker results export',
  rawTable: 'raw_talkwalker',
  detect: (h) =>
    hasAll(h, 'published', 'content') &&
    (hasAny(h, 'extraauthorattributesname', 'extraauthorattributesid', 'extrasourceattributesname') || hasAll(h, 'sourcetype', 'domainurl')),
  fields: {
    platform: ['source_type'],
    source_name: ['extra_source_attributes.name', 'domain_url'],
    url: ['url'],
    created_at: ['published'],
    author_id: ['extra_author_attributes.id'],
    author_handle: ['extra_author_attributes.short_name', 'extra_author_attributes.name'],
    author_name: ['extra_author_attributes.name'],
    title: ['title'],
    body: ['content', 'content_snippet'],
    lang: ['lang'],
    country: ['extra_source_attributes.world_data.country_code', 'extra_source_attributes.world_data.country'],
    location: ['extra_source_attributes.world_data.city', 'extra_source_attributes.world_data.region'],
    likes: ['likes', 'likes_count'],
    shares: ['shares', 'shares_count'],
    comments: ['comments', 'comments_count'],
    views: ['views', 'video_views'],
    reach: ['reach'],
    vendor_sentiment: ['sentiment'],
  },
};
