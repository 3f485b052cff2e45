import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CsvRecord {
  fields: string[];
  line: number;
}

/** A strict RFC 4180 reader that also reports the physical line each record starts on. */
export function parseDelimited(text: string, delimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) fields.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') continue;
    else if (c === '\n') {
      fields.push(field);
      records.push({ fields, line: start });
      fields = [];
      field = '';
      start = ++line;
    } else field += c;
  }
  if (field !== '' || fields.length) records.push({ fields: [...fields, field], line: start });
  return records;
}

export const readUtf8 = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

export const jsonLines = <T = Record<string, unknown>>(dir: string, file: string): T[] =>
  readUtf8(dir, file).split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
