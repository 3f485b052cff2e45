import { Cron } from 'croner';
import { z } from 'zod';
import { scheduleMessages } from './messages.ts';

/** `2026-01-31`, `today`, or a day count back from the run's date in the schedule's zone (`-7d`, `-4w`). */
const DAY_REF = /^(\d{4}-\d{2}-\d{2}|today|-\d{1,4}[dw])$/;
const dayRef = z.string().regex(DAY_REF, 'use a date (2026-01-31), "today", or days/weeks back from the run date ("-7d", "-4w")');
/** `{date}` (the run's date in the schedule's zone) and `{run}` (the run id) are filled in when the run starts. */
const outPath = z.string().min(1);
const name = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lower-case letters, digits, - and _ (for example "weekly-digest")');

const pipelineStep = z
  .object({
    run: z.literal('pipeline'),
    inbox: z.array(z.string().min(1)).min(1).optional(),
    fullRefresh: z.boolean().optional(),
    force: z.boolean().optional(),
  })
  .strict();

const reportsStep = z
  .object({
    run: z.literal('reports'),
    /** Report names (files in reports/ without .vl.json), or "all". */
    report: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).default('all'),
    brand: z.string().min(1).optional(),
    platform: z.string().min(1).optional(),
    since: dayRef.optional(),
    until: dayRef.optional(),
    out: outPath.optional(),
  })
  .strict();

const notebookStep = z
  .object({
    run: z.literal('notebook'),
    name: z.string().min(1),
    params: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a parameter name is letters, digits and _'), z.union([z.string(), z.number(), z.boolean()])).default({}),
    out: outPath.optional(),
  })
  .strict();

/** Any other listen command, e.g. ["sql", "marts/fct_alerts", "--format", "csv", "--out", "exports/alerts-{date}.csv"]. */
const listenStep = z
  .object({
    run: z.literal('listen'),
    args: z
      .array(z.string())
      .min(1)
      .refine((args) => args[0] !== 'schedule', 'a step cannot run "listen schedule" (a schedule would start schedules)'),
  })
  .strict();

export const STEP_KINDS = ['pipeline', 'reports', 'notebook', 'listen'] as const;

const stepSchema = z.discriminatedUnion('run', [pipelineStep, reportsStep, notebookStep, listenStep], {
  error: (issue) => (issue.code === 'invalid_union' ? `"run" must be one of ${STEP_KINDS.join(', ')}` : undefined),
});

export const scheduleSchema = z
  .object({
    name,
    description: z.string().optional(),
    /** 5 fields (minute hour day-of-month month day-of-week), or 6 with seconds first; croner syntax. */
    cron: z.string().min(1),
    /** IANA zone the cron expression is read in. */
    timeZone: z.string().min(1),
    steps: z.array(stepSchema).min(1, 'list at least one step'),
    enabled: z.boolean().default(true),
  })
  .strict()
  .superRefine((schedule, ctx) => {
    const zoneOk = validZone(schedule.timeZone);
    if (!zoneOk) ctx.addIssue({ code: 'custom', path: ['timeZone'], message: scheduleMessages.badZone(schedule.timeZone) });
    const cronError = cronProblem(schedule.cron, zoneOk ? schedule.timeZone : 'UTC');
    if (cronError) ctx.addIssue({ code: 'custom', path: ['cron'], message: scheduleMessages.badCron(schedule.cron, cronError) });
  });

export type Schedule = z.infer<typeof scheduleSchema>;
export type ScheduleInput = z.input<typeof scheduleSchema>;
export type Step = Schedule['steps'][number];

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const CRON_MODE = '5-or-6-parts' as const;

/** The croner job every part of the schedule feature reads the expression with. */
export function cronFor(schedule: Pick<Schedule, 'cron' | 'timeZone'>): Cron {
  return new Cron(schedule.cron, { timezone: schedule.timeZone, mode: CRON_MODE, paused: true });
}

function cronProblem(cron: string, timeZone: string): string | undefined {
  try {
    const job = cronFor({ cron, timeZone });
    const next = job.nextRun();
    job.stop();
    return next ? undefined : 'it never fires after now';
  } catch (error) {
    return (error as Error).message.replace(/^CronPattern: /, '');
  }
}

/**
 * Each schedule's problems are prefixed with its name, so a long config points at the entry; names are
 * unique because they name log records, systemd units and lock holders.
 */
export const schedulesSchema = z
  .array(z.unknown())
  .transform((items, ctx) => {
  const schedules: Schedule[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const label = scheduleLabel(item, index);
    const name = (item as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && seen.has(name)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `${label}: ${scheduleMessages.duplicateName}` });
    if (typeof name === 'string') seen.add(name);
    const parsed = scheduleSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: [index, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: `${label}: ${issue.message}` });
      return;
    }
    schedules.push(parsed.data);
  });
  return schedules;
  }) as unknown as z.ZodType<Schedule[], ScheduleInput[]>;

function scheduleLabel(item: unknown, index: number): string {
  const name = (item as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name ? `schedule "${name}"` : `schedule ${index}`;
}
