import { snowflake } from '../ids.ts';
import { parseStartDate } from '../timeline.ts';
import { csvRow } from './text.ts';
import { isoOffset, isoZ } from './time.ts';
import type { WriterContext } from './writer.ts';

export interface PlannedReject {
  afterRecords: number;
  id: string;
  reason: string;
  row: string;
}

/**
 * Broken rows of the kinds real exports contain. Their ids use a millisecond part no generated post has
 * (posts are whole seconds), so they can never collide with a real mention.
 */
export function malformedRows(ctx: WriterContext): PlannedReject[] {
  const base = parseStartDate(ctx.start);
  const at = (day: number) => base + day * 86_400_000 + 33_333_777;
  const id = (day: number) => snowflake(at(day), 777);
  const n = ctx.expectedRows;
  const a = id(9);
  const b = id(24);
  const c = id(41);
  return [
    {
      afterRecords: Math.floor(n * 0.21),
      id: a,
      reason: 'unparseable created_at',
      row: csvRow([a, 'twitter', '2026-09-31T25:61:00Z', '48213377', 'orhan_k', 'Orhan Kaplan', 212, 'false', 'Pakkit siparişim yine gecikti', 'tr', 0, 0, 0, `https://twitter.com/orhan_k/status/${a}`, '', '', 'TR']),
    },
    {
      afterRecords: Math.floor(n * 0.52),
      id: b,
      reason: 'too many columns (unquoted commas in text)',
      row: `${b},twitter,${isoZ(at(24))},30021877,jwalsh_dub,Jack Walsh,87,false,Pakkit late again, cold food, no refund,en,1,0,0,https://twitter.com/jwalsh_dub/status/${b},,,IE\r\n`,
    },
    {
      afterRecords: Math.floor(n * 0.83),
      id: c,
      reason: 'too few columns (row cut off)',
      row: `${c},instagram,${isoOffset(at(41), 120)},7739012,lena.weber,Lena Weber,1310\r\n`,
    },
  ];
}
