import { join } from 'node:path';
import type * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compileChart, renderSvg } from '../charts/render.ts';
import type { Db } from '../lib/db.ts';
import { openWorkspace } from '../lib/workspace.ts';
import { DECLARATION_SUFFIX, readDeclaration, reportsDir, type Declaration } from './declaration.ts';
import { resolveParams, type ReportParams, type ResolvedParams } from './params.ts';
import { runReportQuery, setReportVariables, type Row } from './run-queries.ts';

export interface RenderedDeclaration {
  name: string;
  /** The declaration with its rows in `datasets` and its selectors filled: plain Vega-Lite, opens in any editor. */
  vegaLiteSpecWithData: TopLevelSpec;
  vega: vega.Spec;
  svg: string;
  /** Vega-Lite's warnings while compiling; a declaration in reports/ must have none. */
  warnings: string[];
  params: ResolvedParams;
}

/** Rows per query for one run, so a query two declarations share runs once. */
export type QueryCache = Map<string, Row[]>;

async function rowsFor(db: Db, ref: string, cache: QueryCache): Promise<Row[]> {
  if (!cache.has(ref)) cache.set(ref, await runReportQuery(db, ref));
  return cache.get(ref)!;
}

type Param = { name: string; value?: unknown; bind?: { input?: string; options?: unknown[]; labels?: string[] } };

/** Runs the declaration's queries with the variables already set and injects the rows as `datasets`. */
export async function withData(db: Db, declaration: Declaration, params: ResolvedParams, cache: QueryCache = new Map()): Promise<TopLevelSpec> {
  const spec = structuredClone(declaration.spec) as TopLevelSpec & { datasets?: Record<string, Row[]> };
  const datasets: Record<string, Row[]> = { ...(spec.datasets ?? {}) };
  for (const [dataset, ref] of Object.entries(declaration.meta.queries)) datasets[dataset] = await rowsFor(db, ref, cache);
  spec.datasets = datasets as never;
  for (const [name, selector] of Object.entries(declaration.meta.selectors ?? {})) {
    const param = (spec as unknown as { params?: Param[] }).params?.find((p) => p.name === name);
    if (!param?.bind) continue;
    const rows = datasets[selector.dataset] ?? [];
    const options = rows.map((row) => row[selector.value]);
    param.bind.options = options;
    if (selector.label) param.bind.labels = rows.map((row) => String(row[selector.label!] ?? row[selector.value]));
    const wanted = (params as unknown as Record<string, unknown>)[name];
    param.value = options.includes(wanted) ? wanted : (options[0] ?? null);
  }
  (spec as { usermeta: object }).usermeta = { ...declaration.meta, rendered: { params } };
  return spec;
}

/** Sets the run's variables: the resolved parameters, then each declaration's own defaults for the others. */
export async function bindParams(db: Db, params: ResolvedParams, declaration?: Declaration): Promise<void> {
  const extra = Object.fromEntries(Object.entries(declaration?.meta.params ?? {}).filter(([name]) => !(name in params)));
  await setReportVariables(db, { ...extra, ...params });
}

/**
 * Renders one declaration (a name in reports/ or a read declaration) on an open warehouse:
 * `renderDeclaration(db, 'volume-sentiment', { brand: 'pakkit', since: '2026-10-01' })`.
 * Parameters left out take the workspace defaults (the configured brand, the last 28 days with data).
 */
export async function renderDeclaration(
  db: Db,
  declaration: Declaration | string,
  params: ReportParams | ResolvedParams = {},
  options: { cache?: QueryCache } = {},
): Promise<RenderedDeclaration> {
  const workspace = await openWorkspace();
  const read = typeof declaration === 'string' ? readDeclaration(join(reportsDir(workspace.root), `${declaration}${DECLARATION_SUFFIX}`)) : declaration;
  const resolved = 'previous_since' in params ? params : await resolveParams(db, params, workspace.config);
  await bindParams(db, resolved, read);
  const spec = await withData(db, read, resolved, options.cache);
  const { vega: compiled, warnings } = compileChart(spec);
  const svg = await renderSvg(compiled);
  return { name: read.name, vegaLiteSpecWithData: spec, vega: compiled, svg, warnings, params: resolved };
}
