import { existsSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { cleanForDetection } from '../language/clean-text.ts';
import { normalizeExportLang, type LanguageDetector } from '../language/detector.ts';
import { ident } from '../lib/db.ts';
import { LabelsFileError, reader } from './labels-file.ts';
import { groupBy } from '../lib/group-by.ts';
import { messages } from './messages.ts';

/** Texts of at most this many characters after cleaning count as short (a tweet-sized reply, a comment). */
export const SHORT_CHARS = 60;

export interface DetectionScore {
  rows: number;
  /** Share detected as the expected language. */
  accuracy: number;
  /** Share left unknown (too few letters). */
  unknown: number;
  /** Most frequent wrong answers, "xx: n". */
  confusions: string[];
}

export interface LanguageEvalReport {
  file: string;
  detector: string;
  byLanguage: Record<string, { short: DetectionScore; all: DetectionScore }>;
  microsecondsPerText: number;
}

export interface LanguageRow {
  text: string;
  lang: string;
}

/** Reads the text (and language) column of a file; the language comes from `langCol` or is `lang` for every row. */
export async function readLanguageRows(file: string, options: { textCol?: string; langCol?: string; lang?: string }): Promise<LanguageRow[]> {
  if (!existsSync(file)) throw new LabelsFileError(messages.textsFileMissing(file));
  const fileLang = normalizeExportLang(options.lang);
  if (!options.langCol && !fileLang) throw new LabelsFileError(messages.languageUnknown());
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const textCol = ident(options.textCol ?? 'text');
    const langCol = options.langCol ? ident(options.langCol) : 'null';
    let raw: Array<{ text: string | null; lang: string | null }>;
    try {
      raw = (await connection.runAndReadAll(`select ${textCol}::varchar as text, ${langCol}::varchar as lang from ${reader(file)}`)).getRowObjectsJS() as typeof raw;
    } catch (error) {
      throw new LabelsFileError(messages.labelsFileUnreadable(file, String((error as Error).message).split('\n')[0]));
    }
    return raw.flatMap((row) => {
      const lang = options.langCol ? normalizeExportLang(row.lang) : fileLang;
      return row.text?.trim() && lang ? [{ text: row.text, lang }] : [];
    });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function score(expected: string, found: (string | null)[]): DetectionScore {
  const wrong = new Map<string, number>();
  let right = 0;
  let unknown = 0;
  for (const lang of found) {
    if (lang === expected) right++;
    else if (lang === null) unknown++;
    else wrong.set(lang, (wrong.get(lang) ?? 0) + 1);
  }
  const rows = found.length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const confusions = [...wrong].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([lang, n]) => `${lang}: ${n}`);
  return { rows, accuracy: rows ? round(right / rows) : 0, unknown: rows ? round(unknown / rows) : 0, confusions };
}

/** Detection accuracy per expected language, on short texts (≤ SHORT_CHARS after cleaning) and on all. */
export function evaluateDetector(file: string, rows: LanguageRow[], detector: LanguageDetector): LanguageEvalReport {
  const started = performance.now();
  const found = rows.map((row) => detector.detect(row.text).lang);
  const micros = ((performance.now() - started) * 1000) / Math.max(rows.length, 1);
  const groups = groupBy(rows.map((_, i) => i), (i) => rows[i].lang);
  const byLanguage: LanguageEvalReport['byLanguage'] = {};
  for (const [lang, indices] of [...groups].sort()) {
    const short = indices.filter((i) => cleanForDetection(rows[i].text).length <= SHORT_CHARS);
    byLanguage[lang] = { short: score(lang, short.map((i) => found[i])), all: score(lang, indices.map((i) => found[i])) };
  }
  return { file, detector: detector.name, byLanguage, microsecondsPerText: Math.round(micros * 10) / 10 };
}

export function formatLanguageReport(report: LanguageEvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [`Language detection (${report.detector}) on ${report.file}: short = at most ${SHORT_CHARS} characters after removing URLs, handles, hashtags and emoji.`];
  lines.push(`${'lang'.padEnd(5)} ${'short rows'.padStart(10)} ${'accuracy'.padStart(9)} ${'unknown'.padStart(8)}   ${'all rows'.padStart(9)} ${'accuracy'.padStart(9)} ${'unknown'.padStart(8)}   most frequent mistakes (all)`);
  for (const [lang, { short, all }] of Object.entries(report.byLanguage)) {
    lines.push(
      `${lang.padEnd(5)} ${short.rows.toLocaleString('en-US').padStart(10)} ${pct(short.accuracy).padStart(9)} ${pct(short.unknown).padStart(8)}   ${all.rows.toLocaleString('en-US').padStart(9)} ${pct(all.accuracy).padStart(9)} ${pct(all.unknown).padStart(8)}   ${all.confusions.join(', ') || '–'}`,
    );
  }
  lines.push(`${report.microsecondsPerText} µs per text.`);
  return lines.join('\n');
}
