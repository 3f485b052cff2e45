import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { literal } from '../lib/db.ts';
import { normalizeExportLang } from '../language/detector.ts';
import type { SentimentLabel } from '../sentiment/scorer.ts';
import { isAmbiguousBinary, normalizeLabel, parseLabelMap } from './label-map.ts';
import { messages } from './messages.ts';

export interface LabeledRow {
  text: string;
  label: SentimentLabel;
  /** From --lang-col, else --lang, else null (detected later). */
  lang: string | null;
}

export interface LabelsOptions {
  textCol?: string;
  labelCol?: string;
  langCol?: string;
  /** The language of every row when the file has no language column. */
  lang?: string;
  labelMap?: string;
}

export interface LabelsFile {
  file: string;
  rows: LabeledRow[];
  /** Raw label → mapped label and count, for the report. */
  mapping: Array<[string, SentimentLabel, number]>;
}

export class LabelsFileError extends Error {
  override name = 'LabelsFileError';
}

export function reader(file: string): string {
  const ext = extname(file).toLowerCase();
  if (ext === '.parquet') return `read_parquet(${literal(file)})`;
  if (ext === '.json' || ext === '.ndjson' || ext === '.jsonl') return `read_json_auto(${literal(file)})`;
  return `read_csv(${literal(file)}, header = true, all_varchar = true, strict_mode = false)`;
}

/** Some public sets store text with literal "\u2019" escapes; they are decoded so tokenizers see the real character. */
const ESCAPE_RE = /\\u([0-9a-fA-F]{4})/g;
const decodeEscapes = (text: string): string => (text.includes('\\u') ? text.replace(ESCAPE_RE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text);

/** Reads and validates a labeled file: the columns must exist and every label must map to positive, neutral or negative. */
export async function readLabelsFile(file: string, options: LabelsOptions = {}): Promise<LabelsFile> {
  if (!existsSync(file)) throw new LabelsFileError(messages.labelsFileMissing(file));
  const textCol = options.textCol ?? 'text';
  const labelCol = options.labelCol ?? 'label';
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const all = async <T = Record<string, unknown>>(sql: string): Promise<T[]> => (await connection.runAndReadAll(sql)).getRowObjectsJS() as T[];
  try {
    let raw: Record<string, unknown>[];
    try {
      raw = await all(`select * from ${reader(file)}`);
    } catch (error) {
      throw new LabelsFileError(messages.labelsFileUnreadable(file, String((error as Error).message).split('\n')[0]));
    }
    const existing = raw.length > 0 ? Object.keys(raw[0]) : (await all<{ column_name: string }>(`describe select * from ${reader(file)}`)).map((c) => c.column_name);
    const wanted = [textCol, labelCol, ...(options.langCol ? [options.langCol] : [])];
    const missing = wanted.filter((column) => !existing.includes(column));
    if (missing.length > 0) throw new LabelsFileError(messages.missingColumns(file, missing, existing));
    const labels = new Set(raw.map((row) => normalizeLabel(String(row[labelCol] ?? ''))).filter(Boolean));
    if (isAmbiguousBinary(labels, options.labelMap)) throw new LabelsFileError(messages.ambiguousBinary(file));
    const map = parseLabelMap(options.labelMap);
    const unknown = [...labels].filter((label) => !map.has(label)).sort();
    if (unknown.length > 0) throw new LabelsFileError(messages.unknownLabels(file, unknown, [...map.keys()]));
    const counts = new Map<string, number>();
    const rows: LabeledRow[] = [];
    const fileLang = normalizeExportLang(options.lang);
    for (const row of raw) {
      const text = row[textCol] == null ? '' : decodeEscapes(String(row[textCol]));
      const label = normalizeLabel(String(row[labelCol] ?? ''));
      if (!label || !text.trim()) continue;
      counts.set(label, (counts.get(label) ?? 0) + 1);
      const lang = options.langCol ? normalizeExportLang(String(row[options.langCol] ?? '')) : fileLang;
      rows.push({ text, label: map.get(label)!, lang });
    }
    if (rows.length === 0) throw new LabelsFileError(messages.noRows(file));
    const mapping = [...counts].sort().map(([from, n]) => [from, map.get(from)!, n] as [string, SentimentLabel, number]);
    return { file, rows, mapping };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
