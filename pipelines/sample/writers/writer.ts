import type { Rng } from '../prng.ts';
import type { Sink } from '../sink.ts';
import type { FormatName, Mention } from '../types.ts';

export interface RejectTruth {
  file: string;
  line: number;
  record: number;
  id: string;
  reason: string;
}

export interface WrittenFile {
  file: string;
  format: FormatName;
  encoding: string;
  /** Data records (rows, JSON lines, or tweets for the X dump); header and preamble not counted. */
  rows: number;
  bytes: number;
  headerLine: number | null;
  rejects: RejectTruth[];
  /** Rows this writer repeated itself, as a vendor re-export does. */
  reExported: Mention[];
  notes: Record<string, number | string>;
}

export interface FormatWriter {
  readonly format: FormatName;
  readonly sink: Sink;
  write(m: Mention): Promise<void> | undefined;
  finish(): Promise<WrittenFile>;
}

export interface WriterContext {
  out: string;
  rng: Rng;
  expectedRows: number;
  start: string;
  end: string;
}
