import { formatCount } from '../lib/log.ts';

/** What `listen export lake` says; tests assert these verbatim. */
export const lakeMessages = {
  noWarehouse: (path: string) => `There is no warehouse at ${path}. Build it first with \`listen run\`, or point --warehouse at one.`,
  unknownTables: (unknown: string[], known: string[]) =>
    `Unknown table(s) for the lake: ${unknown.join(', ')}. Choose from: ${known.join(', ')}.`,
  missingTables: (missing: string[], path: string) =>
    `The warehouse ${path} has no ${missing.join(', ')}; run \`listen run\` so every stage has written its tables, then export again.`,
  notALake: (dir: string) =>
    `${dir} exists and is not a lake written by \`listen export lake\` (it has no _manifest.json). Choose an empty or new folder for --out.`,
  summary: (tables: number, mentions: number, files: number, bytes: number, dir: string, seconds: number) =>
    `Exported ${formatCount(tables)} table(s) (${formatCount(mentions)} mentions) as ${formatCount(files)} Parquet file(s), ` +
    `${(bytes / 1e6).toFixed(1)} MB, to ${dir} in ${seconds.toFixed(1)} s`,
};
