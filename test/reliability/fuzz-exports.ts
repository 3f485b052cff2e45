import fc from 'fast-check';

/** One valid mention of a generated export. */
export interface FuzzRecord {
  id: string;
  createdAt: number;
  author: string;
  text: string;
  likes: number;
}

export type ExportShape = 'generic-csv' | 'ndjson' | 'talkwalker-csv';

/** Damage to a valid export: byte-level (the file's structure may break) or value-level (one field of one row). */
export type Mutation =
  | { kind: 'none' }
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; edits: [number, number][] }
  | { kind: 'insert'; edits: [number, number][] }
  | { kind: 'quote'; at: number }
  | { kind: 'prefix'; bytes: number[] }
  | { kind: 'huge'; row: number; bytes: number }
  | { kind: 'value'; row: number; field: 'created_at' | 'likes'; value: string | number | boolean | null | object };

export interface FuzzCase {
  shape: ExportShape;
  records: FuzzRecord[];
  mutation: Mutation;
}

const ms2026 = Date.UTC(2020, 0, 1);
const word = fc.constantFrom('late', 'great', 'order', 'app', 'crash', 'refund', 'fast', 'courier', 'cold', 'pizza', 'çok', 'kötü', 'ügyfél', 'بطيء');

export const recordArb = fc.record({
  createdAt: fc.integer({ min: ms2026, max: Date.UTC(2030, 0, 1) }).map((t) => Math.floor(t / 1000) * 1000),
  author: fc.stringMatching(/^[a-z][a-z0-9_]{2,12}$/),
  text: fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')),
  likes: fc.nat({ max: 5_000_000 }),
});

/** A position in the file, as a fraction of its length. */
const fraction = fc.nat({ max: 1_000_000 }).map((n) => n / 1_000_000);

/** Mostly the bytes that carry a file's structure, else any byte. */
const byte = fc.oneof(fc.constantFrom(...[...',"\n\r;\t {}:[]\\'].map((ch) => ch.charCodeAt(0))), fc.integer({ min: 0, max: 255 }));

const WRONG_VALUES = ['abc', '12abc', '1.5', '1,2', 'NaN', '-', '', ' ', '2026-13-45', '31/31/2026', '1e3', 'true', '0x1F', '١٢', '99999999999999999999', "x'); drop table raw_generic; --"];

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'none' }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('flip' as const), edits: fc.array(fc.tuple(fraction, byte), { minLength: 1, maxLength: 6 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), edits: fc.array(fc.tuple(fraction, byte), { minLength: 1, maxLength: 6 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('quote' as const), at: fraction }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('prefix' as const),
      bytes: fc.constantFrom<number[]>([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0xfd], [0xc3, 0x28], [0x00, 0x00], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge' as const), row: fc.nat(), bytes: fc.constant(1 << 20) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('value' as const),
      row: fc.nat(),
      field: fc.constantFrom('created_at' as const, 'likes' as const),
      value: fc.oneof(fc.constantFrom<string | number | boolean | null | object>(...WRONG_VALUES, 12, -3, 1.25, true, null, {}, [1]), fc.string({ maxLength: 30 })),
    }),
  },
);

export const caseArb: fc.Arbitrary<FuzzCase> = fc.record({
  shape: fc.constantFrom<ExportShape>('generic-csv', 'ndjson', 'talkwalker-csv'),
  records: fc.array(recordArb, { minLength: 1, maxLength: 15 }).map((rows) => rows.map((r, i) => ({ ...r, id: String(i + 1) }))),
  mutation: mutationArb,
});

const iso = (ms: number) => new Date(ms).toISOString();

/** The export as written, before byte-level damage; a value mutation is applied to its row here. */
export function render(c: FuzzCase, idPrefix: string): string {
  const row = c.mutation.kind === 'value' || c.mutation.kind === 'huge' ? c.mutation.row % c.records.length : -1;
  const cell = (r: FuzzRecord, i: number, field: 'created_at' | 'likes' | 'text'): unknown => {
    if (i === row && c.mutation.kind === 'value' && c.mutation.field === field) return c.mutation.value;
    if (i === row && c.mutation.kind === 'huge' && field === 'text') return 'z'.repeat(c.mutation.bytes);
    return field === 'created_at' ? iso(r.createdAt) : field === 'likes' ? r.likes : r.text;
  };
  // CSV cells of a value mutation are written raw (their commas and quotes are part of the damage).
  const csvCell = (v: unknown) => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const lines = c.records.map((r, i) => {
    const id = `${idPrefix}${r.id}`;
    if (c.shape === 'ndjson') {
      return JSON.stringify({ id, platform: 'reddit', created_at: cell(r, i, 'created_at'), author: r.author, text: cell(r, i, 'text'), likes: cell(r, i, 'likes') });
    }
    if (c.shape === 'generic-csv') return [id, 'twitter', csvCell(cell(r, i, 'created_at')), r.author, csvCell(cell(r, i, 'text')), csvCell(cell(r, i, 'likes'))].join(',');
    return [`https://x.com/${r.author}/status/${id}`, csvCell(cell(r, i, 'created_at')), csvCell(cell(r, i, 'text')), r.author, csvCell(cell(r, i, 'likes'))].join(',');
  });
  const header = c.shape === 'ndjson' ? [] : c.shape === 'generic-csv' ? ['id,platform,created_at,author,text,likes'] : ['url,published,content,extra_author_attributes.name,likes'];
  return `${[...header, ...lines].join('\n')}\n`;
}

/** Applies the byte-level part of the mutation. */
export function damage(text: string, mutation: Mutation): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const at = (f: number) => Math.min(bytes.length - 1, Math.floor(f * bytes.length));
  switch (mutation.kind) {
    case 'truncate':
      return bytes.subarray(0, at(mutation.at));
    case 'flip': {
      const out = Buffer.from(bytes);
      for (const [f, b] of mutation.edits) out[at(f)] = b;
      return out;
    }
    case 'insert': {
      let out = bytes;
      for (const [f, b] of mutation.edits) {
        const i = Math.min(out.length, Math.floor(f * out.length));
        out = Buffer.concat([out.subarray(0, i), Buffer.from([b]), out.subarray(i)]);
      }
      return out;
    }
    case 'quote': {
      const i = at(mutation.at);
      return Buffer.concat([bytes.subarray(0, i), Buffer.from('"'), bytes.subarray(i)]);
    }
    case 'prefix':
      return Buffer.concat([Buffer.from(mutation.bytes), bytes]);
    default:
      return bytes;
  }
}

/** Whether the damage left every physical line a record (no quotes to span lines, valid UTF-8, the header intact). */
export function linesAreRecords(c: FuzzCase, original: string, file: Buffer): string[] | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file);
  } catch {
    return null;
  }
  if (text.includes('"') && c.shape !== 'ndjson') return null;
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\u2028\u2029\ufeff]/.test(text)) return null;
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (c.shape !== 'ndjson' && lines[0] !== original.split('\n')[0]) return null;
  return lines;
}

/** SQL's trim(): spaces only, not tabs or other whitespace. */
const sqlTrim = (text: string | null) => (text ?? '').replace(/^ +| +$/g, '');

/** What a count column may hold, read independently of the SQL macros: null when the text is not a count. */
export function expectedCount(text: string | null): bigint | null | 'reject' {
  const t = sqlTrim(text);
  if (t === '') return null;
  if (/^[+-]?[0-9]+$/.test(t)) {
    const n = BigInt(t);
    return n >= -(2n ** 63n) && n < 2n ** 63n ? n : 'reject';
  }
  if (/^[0-9]{1,3}(,[0-9]{3})+$/.test(t)) return BigInt(t.replaceAll(',', ''));
  if (/^[0-9]+\.0+$/.test(t)) return BigInt(t.split('.')[0]);
  const suffixed = /^([0-9]+(?:\.[0-9]+)?)([KMB])$/i.exec(t);
  if (suffixed) return BigInt(Math.round(Number(suffixed[1]) * { K: 1e3, M: 1e6, B: 1e9 }[suffixed[2].toUpperCase() as 'K' | 'M' | 'B']));
  return 'reject';
}

/** The instant (ms) of an ISO 8601 or epoch timestamp text; 'reject' for anything else. */
export function expectedInstant(text: string | null): number | 'reject' {
  const t = sqlTrim(text);
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/.exec(t);
  if (isoMatch) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = isoMatch;
    const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Math.floor(Number(`0.${frac || '0'}`) * 1000));
    const back = new Date(ms);
    if (back.getUTCFullYear() !== +y || back.getUTCMonth() !== +mo - 1 || back.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59) return 'reject';
    let offset = 0;
    if (zone && !/^[Zz]$/.test(zone)) {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 60_000;
    }
    const instant = ms - offset;
    return inRange(instant);
  }
  if (/^[0-9]{9,10}(\.[0-9]+)?$/.test(t)) return inRange(Math.floor(Number(t) * 1000));
  if (/^[0-9]{12,13}$/.test(t)) return inRange(Number(t));
  return 'reject';
}

const inRange = (ms: number) => {
  const year = new Date(ms).getUTCFullYear();
  return year >= 1990 && year <= 2100 ? ms : 'reject';
};
