/** The canonical mention fields a format maps into raw_* tables, as untouched text (DESIGN.md, "The canonical mention"). */
export const RAW_FIELDS = [
  'native_id',
  'platform',
  'source_name',
  'url',
  'created_at',
  'author_id',
  'author_handle',
  'author_name',
  'author_followers',
  'is_author_verified',
  'title',
  'body',
  'lang',
  'country',
  'location',
  'likes',
  'shares',
  'comments',
  'views',
  'reach',
  'parent_id',
  'shared_from_id',
  'thread_id',
  'hashtags',
  'mentioned_handles',
  'links',
  'vendor_sentiment',
] as const;

export type RawField = (typeof RAW_FIELDS)[number];

/** Fields every format must provide; body may be replaced by title (news headlines). */
export const REQUIRED_FIELDS: RawField[][] = [['created_at'], ['body', 'title']];

/**
 * How a format finds one field: header names to try (all present ones are coalesced, in order),
 * or a function that builds an SQL expression from the columns present.
 */
export type FieldSpec = string[] | ((col: ColumnResolver) => string | undefined);

/** Returns the SQL accessor of a column by header name (case- and punctuation-insensitive), if present. */
export type ColumnResolver = (name: string) => string | undefined;

export const normalizeHeader = (name: string): string =>
  name
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
