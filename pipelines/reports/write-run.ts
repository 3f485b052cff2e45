import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LatestPointer {
  runId: string;
  dir: string;
  digest: string;
  finishedAt: string;
}

/** A sortable run id such as 20261124T091512Z. */
export function runIdFor(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** A folder to write one run into; it is invisible to readers (a dot name) until `publishRun` renames it. */
export function startRun(outDir: string, runId: string): string {
  mkdirSync(outDir, { recursive: true });
  const hour = 60 * 60 * 1000;
  for (const entry of readdirSync(outDir)) {
    // Left by a run that was killed; a run in progress touches its folder far more often than hourly.
    if (entry.startsWith('.') && entry.endsWith('.partial') && Date.now() - statSync(join(outDir, entry)).mtimeMs > hour) {
      rmSync(join(outDir, entry), { recursive: true, force: true });
    }
  }
  const partial = join(outDir, `.${runId}-${process.pid}.partial`);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial);
  return partial;
}

/** Renames the finished folder to reports/out/<run-id>/ in one step; returns the id it got. */
export function publishRun(outDir: string, partial: string, runId: string): string {
  for (let attempt = 1; ; attempt++) {
    const id = attempt === 1 ? runId : `${runId}-${attempt}`;
    if (existsSync(join(outDir, id))) continue;
    renameSync(partial, join(outDir, id));
    return id;
  }
}

export function atomicWrite(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

/** Points reports/out/latest.json and the reports/out/latest symlink at a finished run. */
export function pointLatest(outDir: string, runId: string): LatestPointer {
  const pointer: LatestPointer = { runId, dir: runId, digest: `${runId}/digest.html`, finishedAt: new Date().toISOString() };
  atomicWrite(join(outDir, 'latest.json'), `${JSON.stringify(pointer, null, 2)}\n`);
  const temp = join(outDir, `.latest.${process.pid}.tmp`);
  try {
    rmSync(temp, { force: true });
    symlinkSync(runId, temp);
    renameSync(temp, join(outDir, 'latest'));
  } catch {
    // Some file systems refuse symlinks; latest.json is the pointer programs read.
    rmSync(temp, { force: true });
  }
  return pointer;
}


/** The run latest.json points at, or null when there is none yet (or it cannot be read). */
export function readLatest(outDir: string): LatestPointer | null {
  try {
    return JSON.parse(readFileSync(join(outDir, 'latest.json'), 'utf8')) as LatestPointer;
  } catch {
    return null;
  }
}

const RUN_FOLDER = /^\d{8}T\d{6}Z(-\d+)?$/;

/**
 * Deletes all but the newest `keep` run folders in outDir (run ids sort by time), never the one
 * latest.json points at; returns the folders removed. Other files and folders are left alone.
 */
export function pruneRuns(outDir: string, keep: number, protect: string[] = []): string[] {
  const runs = readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && RUN_FOLDER.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .reverse();
  const removed = runs.slice(Math.max(0, keep)).filter((name) => !protect.includes(name));
  for (const name of removed) rmSync(join(outDir, name), { recursive: true, force: true });
  return removed;
}
