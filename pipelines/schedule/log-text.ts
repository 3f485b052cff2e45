import type { RunRecord } from './run-log.ts';

const seconds = (ms: number | undefined) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`);

/** `listen schedule log`: the last runs, newest first, each with its steps and, for a failure, the reason. */
export function logText(runs: RunRecord[]): string {
  if (!runs.length) return 'No scheduled runs recorded yet (data/schedule/runs.ndjson).\n';
  const blocks = runs.map((run) => {
    const lines = [
      `${run.startedAt}  ${run.schedule}  ${run.status} (exit ${run.exitCode})  ${seconds(run.durationMs)}  ${run.trigger}  ${run.runId}`,
      ...run.steps.map(
        (step) => `  ${step.index}. ${step.status.padEnd(9)} ${seconds(step.durationMs).padStart(8)}  ${step.command}${step.outputs.length ? `  → ${step.outputs.join(', ')}` : ''}`,
      ),
    ];
    if (run.reason) lines.push(...run.reason.split('\n').map((line, i) => `  ${i ? '  ' : 'reason: '}${line}`));
    if (run.logDir) lines.push(`  logs: ${run.logDir}`);
    return lines.join('\n');
  });
  return `${blocks.join('\n')}\n`;
}
