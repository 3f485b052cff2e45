import type { SentimentLabel } from '../sentiment/scorer.ts';

const list = (items: string[]): string => items.map((item) => `"${item}"`).join(', ');

/** User-facing text of the evaluation and training commands, asserted verbatim by tests. */
export const messages = {
  labelsFileMissing: (file: string) => `The labels file ${file} does not exist; pass a CSV, TSV, NDJSON or Parquet file with a text and a label column.`,
  labelsFileUnreadable: (file: string, reason: string) => `The labels file ${file} could not be read (${reason}); save it as UTF-8 CSV with a header row and try again.`,
  missingColumns: (file: string, missing: string[], existing: string[]) =>
    `The labels file ${file} has no column ${list(missing)}; its columns are ${list(existing)}. Name the right ones with --text-col, --label-col and --lang-col.`,
  unknownLabels: (file: string, unknown: string[], known: string[]) =>
    `The labels file ${file} has labels this mapping does not know: ${list(unknown)}. Known labels are ${list(known)}; map the others with --label-map, e.g. --label-map "${unknown[0]}=neutral".`,
  ambiguousBinary: (file: string) =>
    `The labels file ${file} uses only the labels "0" and "1", which could mean negative/positive or neutral/positive; pass --label-map binary01 (0 = negative, 1 = positive) or spell the mapping out, e.g. --label-map "0=neutral,1=positive".`,
  badLabelMap: (spec: string) =>
    `The label map "${spec}" is not understood; write presets (default, binary01, ternary012) or pairs like "pos=positive,neg=negative" with targets positive, neutral or negative.`,
  noRows: (file: string) => `The labels file ${file} has no labeled rows with text; check the --text-col and --label-col columns.`,
  mappedLabels: (pairs: Array<[string, SentimentLabel, number]>) =>
    `Labels mapped: ${pairs.map(([from, to, n]) => `${from} → ${to} (${n.toLocaleString('en-US')} rows)`).join(', ')}.`,
  modelMissing: (path: string) => `The model file ${path} does not exist; train one with "listen train sentiment --labels FILE" first.`,
  modelInvalid: (path: string, reason: string) => `The model file ${path} is not a sentiment model this version can read (${reason}); train it again with "listen train sentiment".`,
  tooFewForLanguage: (lang: string, rows: number, min: number) =>
    `Skipped language ${lang}: ${rows} labeled rows, fewer than the ${min} needed to train; the lexicon scorer keeps scoring it.`,
  textsFileMissing: (file: string) => `The file ${file} does not exist; pass a CSV, TSV, NDJSON or Parquet file with a text column.`,
  languageUnknown: () => 'Say which language the texts are in: --lang xx for the whole file, or --lang-col with a column of ISO 639-1 codes.',
  nothingTrained: (min: number) => `No language had the ${min} labeled rows (with at least two labels) needed to train a model; label more mentions or lower --min-rows.`,
};
