import { defineConfig } from './pipelines/lib/config.ts';

// The one file a listening team edits. Paths are relative to this folder.
export default defineConfig({
  warehouse: 'data/warehouse.duckdb',
  inbox: 'data/inbox',
  ingest: {
    // Files whose columns are not recognized get a mapping here, e.g.:
    // { match: 'acme/**/*.csv', columns: { body: 'Post Content', created_at: ['Day', 'Hour'] }, timeZone: 'Europe/Istanbul', dateOrder: 'dmy' },
    mappings: [],
  },
});
