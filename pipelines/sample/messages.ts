import { formatCount } from '../lib/log.ts';

export const sampleMessages = {
  done: (s: { unique: number; duplicates: number; rejects: number; files: number; out: string; megabytes: number; seconds: number }) =>
    `Wrote ${formatCount(s.unique)} mentions (+${formatCount(s.duplicates)} duplicate deliveries, ${formatCount(s.rejects)} malformed rows) ` +
    `to ${s.files} file(s) and truth.json in ${s.out}: ${s.megabytes.toFixed(1)} MB in ${s.seconds.toFixed(1)} s`,
  staleFile: (file: string) =>
    `${file} is left from an earlier run and is not described by the new truth.json; delete it, or generate all formats again.`,
  listsOmitted: (limit: number) =>
    `truth.json keeps counts only (no per-mention ids) because the sample has more than ${formatCount(limit)} mentions.`,
};
