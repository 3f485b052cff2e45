import { RAW_TABLES } from '../formats/registry.ts';
import { ingestInbox } from '../ingest/ingest-inbox.ts';
import type { FileMapping } from '../lib/config.ts';
import { defineStage } from '../lib/stage.ts';

export interface IngestOptions {
  /** Absolute paths of the folders to load (any depth). */
  inboxes: string[];
  mappings: FileMapping[];
  rehash: boolean;
}

export const ingestStage = defineStage<IngestOptions>({
  name: 'ingest',
  description: 'Load new and changed export files from the inbox into raw tables, rejecting unreadable rows with their reason.',
  reads: ['ingest_files'],
  writes: [...RAW_TABLES, 'ingest_files', 'ingest_rejects'],
  defaults: { inboxes: [], mappings: [], rehash: false },
  alwaysRun: true,
  async run({ db, options, log, now, runId, root }) {
    let rows = 0;
    let skipped = 0;
    const warnings: string[] = [];
    for (const inbox of options.inboxes) {
      const { outcomes, skipped: unchanged } = await ingestInbox(db, { root, inbox, mappings: options.mappings, batchId: runId, now, rehash: options.rehash }, log);
      skipped += unchanged;
      for (const o of outcomes) {
        rows += o.loaded;
        if (o.status === 'refused') warnings.push(o.message ?? `${o.relPath} was refused.`);
        else log.info(`  ${o.relPath}: ${o.format}, ${o.loaded} loaded, ${o.rejected} rejected${o.replaced ? ' (replaces its earlier version)' : ''}`);
      }
    }
    return { rows, warnings, counts: { skipped } };
  },
});
