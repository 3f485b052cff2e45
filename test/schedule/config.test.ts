import { describe, expect, it } from 'vitest';
import config from '../../listening.config.ts';
import { loadConfig } from '../../pipelines/lib/config.ts';
import { schedulesSchema } from '../../pipelines/schedule/config-schema.ts';
import { resolveDay, stepArgs } from '../../pipelines/schedule/step-args.ts';
import { runCli } from '../pipeline/helpers.ts';
import { scheduleWorkspace } from './workspace.ts';

async function configError(schedules: unknown[]): Promise<string> {
  try {
    await loadConfig(scheduleWorkspace('schedule-config', { schedules }));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the config loaded');
}

const pipeline = [{ run: 'pipeline' }];

describe('schedules in listening.config.ts', () => {
  it('loads the committed examples: a daily pipeline, a weekly digest, a weekly notebook', () => {
    const schedules = schedulesSchema.parse(config.schedules);
    expect(schedules.map((s) => [s.name, s.cron, s.timeZone, s.steps.map((step) => step.run).join('+')])).toEqual([
      ['daily-pipeline', '0 6 * * *', 'Europe/Istanbul', 'pipeline'],
      ['weekly-digest', '30 7 * * 1', 'Europe/Istanbul', 'pipeline+reports'],
      ['weekly-sentiment-audit', '0 8 * * 1', 'Europe/Istanbul', 'notebook'],
    ]);
  });

  it('names the schedule and the field of every problem, checking cron with croner and zones with Intl', async () => {
    const message = await configError([
      { name: 'daily', cron: '61 6 * * *', timeZone: 'Europe/Istambul', steps: pipeline },
      { name: 'weekly', cron: '30 7 * * 1', timeZone: 'UTC', steps: [{ run: 'report' }, { run: 'reports', since: 'last week', colour: 'red' }] },
      { name: 'weekly', cron: '0 8 * * 1', timeZone: 'UTC', steps: pipeline },
      { name: 'Bad Name', cron: '* * *', timeZone: 'UTC', steps: [] },
      { cron: '0 0 * * *', timeZone: 'UTC', steps: [{ run: 'listen', args: ['schedule', 'run', 'x'] }] },
    ]);
    expect(message.split('\n')).toEqual([
      'listening.config.ts is not valid:',
      '  schedules.0.timeZone: schedule "daily": the time zone "Europe/Istambul" is not an IANA zone name; use one such as "Europe/Istanbul" or "UTC"',
      '  schedules.0.cron: schedule "daily": the cron expression "61 6 * * *" does not parse (Invalid value for minute: 61); write 5 fields (minute hour day-of-month month day-of-week) or 6 with seconds first, e.g. "30 7 * * 1"',
      '  schedules.1.steps.0.run: schedule "weekly": "run" must be one of pipeline, reports, notebook, listen',
      '  schedules.1.steps.1.since: schedule "weekly": use a date (2026-01-31), "today", or days/weeks back from the run date ("-7d", "-4w")',
      '  schedules.1.steps.1: schedule "weekly": Unrecognized key: "colour"',
      '  schedules.2.name: schedule "weekly": the name is used twice; give each schedule its own name',
      '  schedules.3.name: schedule "Bad Name": use lower-case letters, digits, - and _ (for example "weekly-digest")',
      '  schedules.3.steps: schedule "Bad Name": list at least one step',
      "  schedules.3.cron: schedule \"Bad Name\": the cron expression \"* * *\" does not parse (invalid configuration format ('* * *'), exactly five, six, or seven space separated parts are required.); write 5 fields (minute hour day-of-month month day-of-week) or 6 with seconds first, e.g. \"30 7 * * 1\"",
      '  schedules.4.name: schedule 4: Invalid input: expected string, received undefined',
      '  schedules.4.steps.0.args: schedule 4: a step cannot run "listen schedule" (a schedule would start schedules)',
      'Fix these entries and run again.',
    ]);
  });

  it('refuses a 7-field (yearly) expression the printers could not follow', async () => {
    expect(await configError([{ name: 'y', cron: '0 0 0 1 1 * 2030', timeZone: 'UTC', steps: pipeline }])).toContain(
      "schedules.0.cron: schedule \"y\": the cron expression \"0 0 0 1 1 * 2030\" does not parse (mode '5-or-6-parts' requires exactly 5 or 6 parts",
    );
  });

  it('a bad schedule stops every command with exit 2', async () => {
    const root = scheduleWorkspace('schedule-config-cli', { schedules: [{ name: 'x', cron: '0 6 * * *', timeZone: 'Mars/Olympus', steps: pipeline }] });
    const result = await runCli(['schedule', 'list'], { LISTEN_ROOT: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('schedules.0.timeZone: schedule "x": the time zone "Mars/Olympus" is not an IANA zone name');
  });

  it('turns steps into listen command lines, with {date}, {run} and relative days filled in', () => {
    const [schedule] = schedulesSchema.parse([
      {
        name: 'digest',
        cron: '30 7 * * 1',
        timeZone: 'Europe/Istanbul',
        steps: [
          { run: 'pipeline', inbox: ['data/inbox', 'drop zone'], force: true },
          { run: 'reports', brand: 'pakkit', since: '-4w', until: '-1d', out: 'reports/out/{date}' },
          { run: 'notebook', name: 'sentiment-audit', params: { brand: 'pakkit', days: 7 } },
          { run: 'listen', args: ['sql', 'marts/fct_alerts', '--out', 'exports/{run}.csv'] },
        ],
      },
    ]);
    const ctx = { runId: 'R1', date: '2026-03-02' };
    expect(schedule.steps.map((step) => stepArgs(step, ctx))).toEqual([
      ['run', '--inbox', 'data/inbox', 'drop zone', '--force'],
      ['report', 'all', '--brand', 'pakkit', '--since', '2026-02-02', '--until', '2026-03-01', '--out', 'reports/out/2026-03-02'],
      ['notebook', 'run', 'sentiment-audit', '--param', 'brand=pakkit', '--param', 'days=7'],
      ['sql', 'marts/fct_alerts', '--out', 'exports/R1.csv'],
    ]);
    expect([resolveDay('today', '2024-03-01'), resolveDay('-1d', '2024-03-01'), resolveDay('2026-01-31', '2024-03-01')]).toEqual(['2024-03-01', '2024-02-29', '2026-01-31']);
  });
});
