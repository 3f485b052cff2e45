import type { Step } from './config-schema.ts';

/** What a run fills into a step: `{date}` and relative days are read in the schedule's zone on the run's start. */
export interface StepContext {
  runId: string;
  /** The run's date in the schedule's time zone, YYYY-MM-DD. */
  date: string;
}

/** The arguments of the `listen` command a step runs. */
export function stepArgs(step: Step, ctx: StepContext): string[] {
  switch (step.run) {
    case 'pipeline':
      return ['run', ...(step.inbox ? ['--inbox', ...step.inbox] : []), ...(step.fullRefresh ? ['--full-refresh'] : []), ...(step.force ? ['--force'] : [])];
    case 'reports':
      return [
        'report',
        ...(Array.isArray(step.report) ? step.report : [step.report]),
        ...(step.brand ? ['--brand', step.brand] : []),
        ...(step.platform ? ['--platform', step.platform] : []),
        ...(step.since ? ['--since', resolveDay(step.since, ctx.date)] : []),
        ...(step.until ? ['--until', resolveDay(step.until, ctx.date)] : []),
        ...(step.out ? ['--out', fill(step.out, ctx)] : []),
      ];
    case 'notebook':
      return [
        'notebook',
        'run',
        step.name,
        ...Object.entries(step.params).flatMap(([key, value]) => ['--param', `${key}=${value}`]),
        ...(step.out ? ['--out', fill(step.out, ctx)] : []),
      ];
    case 'listen':
      return step.args.map((arg) => fill(arg, ctx));
  }
}

/** The paths a step was told to write (its --out), before it runs. */
export function declaredOutputs(args: string[]): string[] {
  const at = args.indexOf('--out');
  return at >= 0 && args[at + 1] ? [args[at + 1]] : [];
}

function fill(text: string, ctx: StepContext): string {
  return text.replaceAll('{date}', ctx.date).replaceAll('{run}', ctx.runId);
}

/** `today`, `-7d`, `-2w` → a date relative to the run date; a literal date passes through. */
export function resolveDay(ref: string, runDate: string): string {
  if (ref === 'today') return runDate;
  const relative = /^-(\d+)([dw])$/.exec(ref);
  if (!relative) return ref;
  const days = Number(relative[1]) * (relative[2] === 'w' ? 7 : 1);
  const day = new Date(`${runDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days);
  return day.toISOString().slice(0, 10);
}

/** The calendar date of an instant in a zone, YYYY-MM-DD. */
export function dateInZone(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
