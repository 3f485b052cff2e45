import type { FieldSpec, RawField } from './fields.ts';

/** A mention-export shape whose rows are flat records (CSV/TSV, NDJSON or JSON-array objects, Parquet). */
export interface TabularFormat {
  name: string;
  label: string;
  /** raw_* table its rows load into. */
  rawTable: string;
  /** Whether the header set (normalized names) is this format's; vendor formats are tried before generic. */
  detect(headers: Set<string>): boolean;
  fields: Partial<Record<RawField, FieldSpec>>;
  /** Constant SQL expressions for fields the format implies (e.g. platform 'reddit'). */
  constants?: Partial<Record<RawField, string>>;
}

export const hasAll = (headers: Set<string>, ...names: string[]): boolean => names.every((n) => headers.has(n));
export const hasAny = (headers: Set<string>, ...names: string[]): boolean => names.some((n) => headers.has(n));
