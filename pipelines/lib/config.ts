import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { RAW_FIELDS } from '../formats/fields.ts';
import { schedulesSchema } from '../schedule/config-schema.ts';
import { topicsSchema } from '../topics/config-schema.ts';
import { CliError } from './errors.ts';

const columnOverride = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const mappingSchema = z
  .object({
    /** A glob relative to the inbox, e.g. "acme/**\/*.csv". */
    match: z
      .string()
      .min(1)
      .refine((glob) => !isAbsolute(glob) && !glob.split(/[\\/]/).includes('..'), 'a glob relative to the inbox, without ".." or a leading "/"'),
    format: z.string().optional(),
    columns: z.partialRecord(z.enum(RAW_FIELDS), columnOverride).default({}),
    /** Zone of timestamps written without an offset (IANA name). */
    timeZone: z.string().default('UTC'),
    /** Order of slashed dates such as 03/04/2026. */
    dateOrder: z.enum(['dmy', 'mdy']).optional(),
    encoding: z.enum(['utf-8', 'utf-16', 'latin-1']).optional(),
  })
  .strict();

export const configSchema = z
  .object({
    warehouse: z.string().default('data/warehouse.duckdb'),
    inbox: z.string().default('data/inbox'),
    /** DuckDB's memory budget for a pipeline run; beyond it, temp data spills to <warehouse>.tmp. */
    memoryLimit: z.string().regex(/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, 'a size such as "3GB"').default('3GB'),
    ingest: z.object({ mappings: z.array(mappingSchema).default([]) }).strict().default({ mappings: [] }),
    /** Brands, competitors, products and topics, each a Boolean query (docs/topics.md). */
    topics: topicsSchema.default([]),
    /** Scheduled runs: cron + time zone + steps (docs/schedules.md). */
    schedules: schedulesSchema.default([]),
  })
  .passthrough();

export type ListeningConfig = z.infer<typeof configSchema>;
export type FileMapping = z.infer<typeof mappingSchema>;
export type ListeningConfigInput = z.input<typeof configSchema>;

/** Typed helper for listening.config.ts. */
export function defineConfig(config: ListeningConfigInput): ListeningConfigInput {
  return config;
}

/** The path with symbolic links resolved as far as it exists (a warehouse may not exist yet). */
function realPath(path: string): string {
  const missing: string[] = [];
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) {
    missing.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...missing);
}

function isInside(root: string, full: string): boolean {
  const rel = relative(root, full);
  return !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/** Resolves a path from config against the workspace and refuses one that leaves it, by `..`, an absolute path or a symbolic link. */
export function workspacePath(root: string, path: string, key = 'path'): string {
  const full = resolve(root, path);
  if (!isInside(root, full)) {
    throw new CliError(`The ${key} ${path} in listening.config.ts points outside the workspace ${root}. Use a path inside it.`, 2);
  }
  const real = realPath(full);
  if (!isInside(realPath(root), real)) {
    throw new CliError(
      `The ${key} ${path} in listening.config.ts leads outside the workspace ${root} through a symbolic link (to ${real}). Use a folder inside the workspace, or copy the data into it.`,
      2,
    );
  }
  return full;
}

export async function loadConfig(root: string): Promise<ListeningConfig> {
  const file = resolve(root, 'listening.config.ts');
  const raw = existsSync(file) ? ((await import(pathToFileURL(file).href)) as { default: unknown }).default : {};
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new CliError(`listening.config.ts is not valid:\n${problems}\nFix these entries and run again.`, 2);
  }
  workspacePath(root, parsed.data.warehouse, 'warehouse');
  workspacePath(root, parsed.data.inbox, 'inbox');
  return parsed.data;
}
