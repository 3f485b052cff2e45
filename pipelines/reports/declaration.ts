import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { CliError } from '../lib/errors.ts';
import { QUERIES_DIR } from '../lib/queries.ts';

/** A select bound to a top-level Vega-Lite param, filled from a dataset when the report renders. */
export interface Selector {
  dataset: string;
  value: string;
  label?: string;
}

export interface ReportMeta {
  /** Dataset name → query under queries/, without `.sql` (e.g. "reports/volume_daily"). */
  queries: Record<string, string>;
  /** The parameters the queries read with getvariable(); null means the workspace default. */
  params?: Record<string, string | null>;
  selectors?: Record<string, Selector>;
}

export interface Declaration {
  name: string;
  file: string;
  spec: TopLevelSpec & { usermeta: ReportMeta; title?: unknown; description?: string };
  meta: ReportMeta;
}

const NAME = /^[a-z0-9][a-z0-9_-]*$/i;
export const DECLARATION_SUFFIX = '.vl.json';

export const reportsDir = (root: string): string => join(root, 'reports');

/** The names of the declarations in reports/, sorted. */
export function declarationNames(root: string): string[] {
  const dir = reportsDir(root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(DECLARATION_SUFFIX))
    .map((file) => basename(file, DECLARATION_SUFFIX))
    .sort();
}

function jsonPosition(text: string, message: string): string {
  const at = /position (\d+)/.exec(message);
  if (!at) return '';
  const before = text.slice(0, Number(at[1])).split('\n');
  return `:${before.length}:${before.at(-1)!.length + 1}`;
}

export function queryPath(ref: string): string {
  return join(QUERIES_DIR, `${ref.replace(/\.sql$/, '')}.sql`);
}

/** Reads reports/<name>.vl.json and checks what the renderer needs from its usermeta. */
export function readDeclaration(file: string): Declaration {
  const name = basename(file, DECLARATION_SUFFIX);
  const shown = relative(process.cwd(), file) || file;
  if (!NAME.test(name)) throw new CliError(`${shown}: a report name is letters, digits, '-' and '_' (it names the output files). Rename the file.`, 2);
  const text = readFileSync(file, 'utf8');
  let spec: Declaration['spec'];
  try {
    spec = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new CliError(`${shown}${jsonPosition(text, message)}: not valid JSON (${message}). A declaration is a Vega-Lite spec in JSON.`, 1);
  }
  const meta = spec?.usermeta as ReportMeta | undefined;
  const problems: string[] = [];
  if (!meta || typeof meta.queries !== 'object' || !meta.queries || !Object.keys(meta.queries).length) {
    problems.push('usermeta.queries must map each dataset name to a query under queries/, e.g. { "daily": "reports/volume_daily" }');
  } else {
    for (const [dataset, ref] of Object.entries(meta.queries)) {
      if (typeof ref !== 'string' || !existsSync(queryPath(ref))) problems.push(`usermeta.queries.${dataset}: no query file queries/${String(ref)}.sql`);
    }
  }
  for (const [param, selector] of Object.entries(meta?.selectors ?? {})) {
    if (!meta?.queries?.[selector?.dataset]) problems.push(`usermeta.selectors.${param}.dataset must be one of usermeta.queries`);
    const declared = (spec as { params?: { name: string; bind?: unknown }[] }).params?.find((p) => p.name === param);
    if (!declared?.bind) problems.push(`usermeta.selectors.${param}: the spec needs a top-level param "${param}" bound to a select`);
  }
  if (problems.length) throw new CliError(`${shown}: ${problems.join('; ')}. See docs/reports.md.`, 1);
  return { name, file, spec, meta: meta! };
}

/** The declarations for `names` (all when empty); an unknown name is a usage error that lists the known ones. */
export function loadDeclarations(root: string, names: string[] = []): Declaration[] {
  const known = declarationNames(root);
  const wanted = names.length && !(names.length === 1 && names[0] === 'all') ? names : known;
  const unknown = wanted.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new CliError(
      `No report named ${unknown.map((n) => `'${n}'`).join(', ')} in ${reportsDir(root)}. Reports: ${known.join(', ') || '(none)'}, or all.`,
      2,
    );
  }
  return wanted.map((name) => readDeclaration(join(reportsDir(root), `${name}${DECLARATION_SUFFIX}`)));
}
