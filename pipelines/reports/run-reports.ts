import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderPng } from '../charts/render.ts';
import { CliError } from '../lib/errors.ts';
import { formatCount, type Logger } from '../lib/log.ts';
import { openWarehouse, openWorkspace } from '../lib/workspace.ts';
import { loadDeclarations, type Declaration } from './declaration.ts';
import { digestData } from './digest-data.ts';
import { digestHtml, type DigestChart } from './digest-html.ts';
import { parseDay, resolveParams, type ReportParams } from './params.ts';
import { renderDeclaration, type QueryCache } from './render-declaration.ts';
import { schemaErrors } from './schema.ts';
import { atomicWrite, pointLatest, pruneRuns, publishRun, readLatest, runIdFor, startRun } from './write-run.ts';

export const DEFAULT_KEEP = 30;

export interface ReportRunOptions extends ReportParams {
  /** Declarations to render; empty or ['all'] for every one in reports/. */
  names?: string[];
  /** Where runs go (default reports/out of the workspace). */
  out?: string;
  warehouse?: string;
  /** Run folders kept in the out folder after this run, newest first (the one latest points at is always kept). */
  keep?: number;
}

export interface ReportRunResult {
  runId: string;
  dir: string;
  digest: string;
  reports: string[];
  /** True when reports/out/latest now points at this run (only a run of every declaration moves it). */
  latest: boolean;
  seconds: number;
}

function checkSchemas(declarations: Declaration[]): void {
  const problems = declarations.flatMap((d) => schemaErrors(d.spec).map((error) => `${d.file}: ${error}`));
  if (problems.length) throw new CliError(`Not valid Vega-Lite (checked against vega-lite's schema):\n  ${problems.join('\n  ')}`, 1);
}

const title = (d: Declaration) => (typeof d.spec.title === 'string' ? d.spec.title : d.name);

/** `listen report`: every declaration to SVG and PNG and the digest, in reports/out/<run-id>/, all or nothing. */
export async function runReports(opts: ReportRunOptions, log: Logger): Promise<ReportRunResult> {
  const started = performance.now();
  const now = new Date();
  const workspace = await openWorkspace({ warehouse: opts.warehouse });
  parseDay('--since', opts.since);
  parseDay('--until', opts.until);
  const declarations = loadDeclarations(workspace.root, opts.names);
  checkSchemas(declarations);
  if (!existsSync(workspace.warehouse)) throw new CliError(`No warehouse at ${workspace.warehouse}. Build it first: listen run (or npm start for the sample).`, 1);
  const everything = !opts.names?.length || (opts.names.length === 1 && opts.names[0] === 'all');
  const outDir = resolve(opts.out ?? join(workspace.root, 'reports', 'out'));

  const db = await openWarehouse(workspace.warehouse, { readOnly: true });
  let partial: string | undefined;
  try {
    const params = await resolveParams(db, opts, workspace.config);
    partial = startRun(outDir, runIdFor(now));
    const cache: QueryCache = new Map();
    const charts: DigestChart[] = [];
    const progress = log.progress('Rendering reports', declarations.length);
    for (const declaration of declarations) {
      const rendered = await renderDeclaration(db, declaration, params, { cache });
      for (const warning of rendered.warnings) log.warn(`${declaration.name}: ${warning}`);
      writeFileSync(join(partial, `${declaration.name}.svg`), rendered.svg);
      writeFileSync(join(partial, `${declaration.name}.png`), renderPng(rendered.svg, { scale: 2 }));
      writeFileSync(join(partial, `${declaration.name}.vl.json`), `${JSON.stringify(rendered.vegaLiteSpecWithData, null, 2)}\n`);
      charts.push({ name: declaration.name, title: title(declaration), description: declaration.spec.description ?? '', spec: rendered.vegaLiteSpecWithData });
      progress.update(charts.length);
    }
    progress.done();
    writeFileSync(join(partial, 'digest.html'), digestHtml(await digestData(db, params, cache), charts, now));
    const manifest = {
      startedAt: now.toISOString(),
      finishedAt: new Date().toISOString(),
      warehouse: workspace.warehouse,
      params,
      complete: everything,
      reports: declarations.map((d) => ({ name: d.name, title: title(d), svg: `${d.name}.svg`, png: `${d.name}.png`, spec: `${d.name}.vl.json` })),
      digest: 'digest.html',
    };
    atomicWrite(join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const runId = publishRun(outDir, partial, runIdFor(now));
    partial = undefined;
    const latest = everything ? pointLatest(outDir, runId) : readLatest(outDir);
    const removed = pruneRuns(outDir, opts.keep ?? DEFAULT_KEEP, [runId, ...(latest ? [latest.runId] : [])]);
    if (removed.length) log.info(`Removed ${formatCount(removed.length)} older run(s) from ${outDir}, keeping the newest ${opts.keep ?? DEFAULT_KEEP} (--keep).`);
    const dir = join(outDir, runId);
    const seconds = (performance.now() - started) / 1000;
    log.info(`${formatCount(declarations.length)} report(s) as SVG and PNG and the digest in ${seconds.toFixed(1)} s: ${dir}`);
    return { runId, dir, digest: join(dir, 'digest.html'), reports: declarations.map((d) => d.name), latest: everything, seconds };
  } finally {
    if (partial) rmSync(partial, { recursive: true, force: true });
    db.close();
  }
}
