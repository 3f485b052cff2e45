import { join } from 'node:path';

/** Where schedules keep their state, under the workspace root (git-ignored). */
export function schedulePaths(root: string) {
  const dir = join(root, 'data', 'schedule');
  return {
    dir,
    runLog: join(dir, 'runs.ndjson'),
    logs: join(dir, 'logs'),
    runLock: join(dir, 'run.lock'),
    schedulerLock: join(dir, 'scheduler.lock'),
  };
}

export type SchedulePaths = ReturnType<typeof schedulePaths>;
