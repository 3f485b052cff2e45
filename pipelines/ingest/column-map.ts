import { distance } from 'fastest-levenshtein';
import { RAW_FIELDS, REQUIRED_FIELDS, normalizeHeader, type RawField } from '../formats/fields.ts';
import { generic } from '../formats/generic.ts';
import type { TabularFormat } from '../formats/format.ts';

/** A team's own column names for a file: a field takes one column, or several joined by a space (date + time). */
export type ColumnOverrides = Partial<Record<RawField, string | string[]>>;

export interface ColumnMapping {
  exprs: Partial<Record<RawField, string>>;
  /** Headers the mapping used; the rest go to `extra`. */
  used: Set<string>;
  /** Required field groups no column provides. */
  missing: RawField[];
  /** For each missing field, the file's columns whose names come closest. */
  closest: Record<string, string[]>;
  /** Override names the file does not have. */
  unknownOverrides: string[];
}

const present = (expr: string) => `nullif(trim(${expr}), '')`;

export function mapColumns(
  format: TabularFormat,
  headers: string[],
  accessor: (header: string) => string,
  overrides: ColumnOverrides = {},
): ColumnMapping {
  const byName = new Map<string, string>();
  for (const header of headers) if (!byName.has(normalizeHeader(header))) byName.set(normalizeHeader(header), header);
  const used = new Set<string>();
  const resolve = (name: string): string | undefined => {
    const header = byName.get(normalizeHeader(name));
    if (header === undefined) return undefined;
    used.add(header);
    return accessor(header);
  };
  const exprs: Partial<Record<RawField, string>> = {};
  const unknownOverrides: string[] = [];
  for (const field of RAW_FIELDS) {
    const override = overrides[field];
    if (override !== undefined) {
      const names = Array.isArray(override) ? override : [override];
      const parts = names.map((n) => resolve(n) ?? (unknownOverrides.push(n), undefined)).filter((p): p is string => Boolean(p));
      if (parts.length) exprs[field] = parts.length === 1 ? parts[0] : `nullif(trim(concat_ws(' ', ${parts.join(', ')})), '')`;
      continue;
    }
    if (format.constants?.[field]) {
      exprs[field] = format.constants[field];
      continue;
    }
    const spec = format.fields[field];
    if (!spec) continue;
    if (typeof spec === 'function') {
      const expr = spec(resolve);
      if (expr) exprs[field] = expr;
    } else {
      const parts = spec.map(resolve).filter((p): p is string => Boolean(p));
      if (parts.length) exprs[field] = parts.length === 1 ? parts[0] : `coalesce(${parts.map(present).join(', ')})`;
    }
  }
  const missing = REQUIRED_FIELDS.filter((group) => group.every((f) => !exprs[f])).map((group) => group[0]);
  const closest: Record<string, string[]> = {};
  for (const field of missing) closest[field] = closestHeaders(field, headers.filter((h) => !used.has(h)));
  return { exprs, used, missing, closest, unknownOverrides };
}

function closestHeaders(field: RawField, headers: string[]): string[] {
  const spec = generic.fields[field];
  const names = [field, ...(Array.isArray(spec) ? spec : [])].map(normalizeHeader);
  return headers
    .map((header) => {
      const h = normalizeHeader(header);
      const score = Math.min(...names.map((n) => (h.includes(n) || n.includes(h) ? 0.5 : distance(h, n) / Math.max(h.length, n.length))));
      return { header, score };
    })
    .filter((c) => c.score <= 0.6)
    .sort((a, b) => a.score - b.score)
    .slice(0, 3)
    .map((c) => c.header);
}
