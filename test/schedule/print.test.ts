import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextFires } from '../../pipelines/schedule/next-fires.ts';
import { cronToOnCalendar } from '../../pipelines/schedule/on-calendar.ts';
import { CLI, runCli, tempDir } from '../pipeline/helpers.ts';
import { scheduleWorkspace } from './workspace.ts';

const step = [{ run: 'pipeline' }];
const schedules = [
  { name: 'daily-pipeline', cron: '0 6 * * *', timeZone: 'Europe/Istanbul', steps: step },
  { name: 'weekly-digest', cron: '30 7 * * MON', timeZone: 'America/New_York', steps: step, description: '100% of brands' },
  { name: 'every-5s', cron: '*/5 * * * * *', timeZone: 'UTC', steps: step },
  { name: 'month-end', cron: '0 23 L * *', timeZone: 'UTC', steps: step },
  { name: 'paused', cron: '0 1 * * *', timeZone: 'UTC', steps: step, enabled: false },
  { name: 'mid-month', cron: '0 9 15W * *', timeZone: 'UTC', steps: step },
];

describe('listen schedule --print', () => {
  const root = scheduleWorkspace('schedule-print', { schedules });
  const env = { LISTEN_ROOT: root };
  const run = `cd ${root} && LISTEN_ROOT=${root} ${process.execPath} ${CLI} schedule run`;

  it('prints crontab lines with CRON_TZ, and says which schedules cron cannot express', async () => {
    const result = await runCli(['schedule', '--print', 'crontab'], env);
    expect(result.code).toBe(0);
    const kept = /^(# cannot|# CRON_TZ=|# 0 1 |[^#])/;
    const lines = result.stdout.split('\n').filter((line) => kept.test(line));
    expect(lines).toEqual([
      'CRON_TZ=Europe/Istanbul',
      `0 6 * * * ${run} daily-pipeline --trigger cron --quiet`,
      'CRON_TZ=America/New_York',
      `30 7 * * MON ${run} weekly-digest --trigger cron --quiet`,
      `# cannot be expressed in crontab: it fires on seconds ("*/5"), and cron's smallest unit is a minute. Run it with listen schedule, or use --print systemd.`,
      `# cannot be expressed in crontab: "L" uses croner syntax (L, W, # or ?) that cron does not know. Run it with listen schedule, or use --print systemd.`,
      '# CRON_TZ=UTC',
      `# 0 1 * * * ${run} paused --trigger cron --quiet`,
      `# cannot be expressed in crontab: "15W" uses croner syntax (L, W, # or ?) that cron does not know. Run it with listen schedule, or use --print systemd.`,
    ]);
    expect(result.stdout).toContain("# CRON_TZ is read by cronie (Fedora, RHEL, Arch, openSUSE) and the BSD crons. Debian's and Ubuntu's cron");
  });

  it('prints systemd .service and .timer units with OnCalendar in the zone, and writes them with --out', async () => {
    const result = await runCli(['schedule', '--print', 'systemd'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      [
        '# ---- listen-weekly-digest.service ----',
        '[Unit]',
        'Description=listen schedule weekly-digest: 100%% of brands',
        '',
        '[Service]',
        'Type=oneshot',
        `WorkingDirectory=${root}`,
        `Environment=LISTEN_ROOT=${root}`,
        '# Exits 3 when another run still holds the lock: that run is skipped (see listen schedule log).',
        `ExecStart=${process.execPath} ${CLI} schedule run weekly-digest --trigger systemd`,
        '',
        '# ---- listen-weekly-digest.timer ----',
        '[Unit]',
        'Description=Timer of listen schedule weekly-digest: 100%% of brands ("30 7 * * MON" in America/New_York)',
        '',
        '[Timer]',
        'OnCalendar=Mon *-*-* 07:30:00 America/New_York',
        'Persistent=true',
        '',
        '[Install]',
        'WantedBy=timers.target',
      ].join('\n'),
    );
    expect(result.stdout).toContain('[Timer]\nOnCalendar=*-*-* *:*:00/5 UTC\nAccuracySec=1s\n');
    expect(result.stdout).toContain('OnCalendar=*-*~01 23:00:00 UTC\n');
    expect(result.stdout).toContain('# paused: disabled in listening.config.ts (enabled: false), so no units.');
    expect(result.stdout).toContain('# mid-month: "0 9 15W * *" cannot be expressed as OnCalendar=: it uses W (nearest weekday), which OnCalendar has no form for. Run it with listen schedule instead.');
    expect(result.stdout).not.toContain('listen-mid-month');

    const dir = join(tempDir('schedule-units'), 'units');
    const written = await runCli(['schedule', '--print', 'systemd', '--out', dir], env);
    expect(written.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      ['daily-pipeline', 'every-5s', 'month-end', 'weekly-digest'].flatMap((name) => [`listen-${name}.service`, `listen-${name}.timer`]),
    );
    expect(readFileSync(join(dir, 'listen-daily-pipeline.timer'), 'utf8')).toContain('OnCalendar=*-*-* 06:00:00 Europe/Istanbul\n');
    expect(written.stdout.trim().split('\n')).toHaveLength(8);
  });

  it('lists each schedule with its steps as command lines and its next fire times in its zone and in UTC', async () => {
    const result = await runCli(['schedule', 'list', '--next', '2'], env);
    expect(result.code).toBe(0);
    const block = result.stdout.split('\n\n')[1].split('\n');
    expect(block[0]).toBe('weekly-digest: "30 7 * * MON" in America/New_York — 100% of brands');
    expect(block[1]).toBe('    1. listen run');
    const fires = block.slice(2, 4).map((line) => /Mon (\S+) 07:30:00 America\/New_York \((\S+)Z\)$/.exec(line));
    expect(fires.every(Boolean), block.join('\n')).toBe(true);
    expect(block[4]).toBe('  last run: none yet');
    expect(result.stdout).toContain('paused (disabled): "0 1 * * *" in UTC\n    1. listen run\n  next: never (disabled)');
  });

  it('refuses an unknown format as a usage error', async () => {
    const result = await runCli(['schedule', '--print', 'launchd'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Allowed choices are crontab, systemd");
  });
});

describe('cron → OnCalendar', () => {
  const cases: Array<[string, string, string[]]> = [
    ['0 6 * * *', 'Europe/Istanbul', ['*-*-* 06:00:00 Europe/Istanbul']],
    ['*/15 9-17 * * MON-FRI', 'Europe/Berlin', ['Mon..Fri *-*-* 09..17:00/15:00 Europe/Berlin']],
    ['0 0 1,15 * SUN', 'UTC', ['*-*-01,15 00:00:00 UTC', 'Sun *-*-* 00:00:00 UTC']],
    ['30 2 * 3,10 0,6', 'America/New_York', ['Sat,Sun *-03,10-* 02:30:00 America/New_York']],
    ['0 12 * * FRI#2', 'Asia/Tokyo', ['Fri *-*-08..14 12:00:00 Asia/Tokyo']],
    ['0 10 * * 0L', 'America/New_York', ['Sun *-*~07/1 10:00:00 America/New_York']],
    ['0 23 L * *', 'UTC', ['*-*~01 23:00:00 UTC']],
    ['@weekly', 'Europe/Istanbul', ['Sun *-*-* 00:00:00 Europe/Istanbul']],
    ['5 4 1 1 *', 'Australia/Sydney', ['*-01-01 04:05:00 Australia/Sydney']],
  ];

  it('writes each expression as systemd reads it', () => {
    for (const [cron, zone, calendars] of cases) expect(cronToOnCalendar(cron, zone), cron).toEqual({ ok: true, calendars });
    expect(cronToOnCalendar('0 9 15W * *', 'UTC')).toEqual({ ok: false, reason: 'it uses W (nearest weekday), which OnCalendar has no form for' });
  });

  const analyze = (() => {
    try {
      execFileSync('systemd-analyze', ['--version']);
      return true;
    } catch {
      return false;
    }
  })();

  // One known difference: on the day clocks spring forward, croner (like Vixie cron) runs a job whose time
  // does not exist at the first minute after the gap, and systemd skips it (New York, 2027-03-14 02:30).
  it.skipIf(!analyze)('fires when croner fires: systemd-analyze calendar agrees with croner on the next 8 times', () => {
    const base = '2027-01-01T00:00:00Z';
    for (const [cron, zone, calendars] of cases) {
      const elapses = calendars
        .flatMap((calendar) => {
          const text = execFileSync('systemd-analyze', ['calendar', `--base-time=${base.replace('T', ' ').replace('Z', ' UTC')}`, '--iterations=8', calendar], { env: { ...process.env, TZ: 'UTC' } }).toString();
          return [...text.matchAll(/(?:Next elapse|Iter\. #\d+): \w{3} (\S+ \S+) UTC/g)].map((m) => Date.parse(`${m[1]}Z`));
        })
        .sort((a, b) => a - b)
        .filter((t, i, all) => all.indexOf(t) === i)
        .slice(0, 8);
      const fires = nextFires({ cron, timeZone: zone }, 9, new Date(base)).filter((d) => d.getTime() <= elapses[7]);
      const iso = (t: number) => new Date(t).toISOString();
      const gap = cron === '30 2 * 3,10 0,6' ? ['2027-03-14T07:00:00.000Z'] : [];
      expect(fires.map((d) => d.toISOString()), `${cron} in ${zone}`).toEqual([...elapses.map(iso), ...gap].sort());
      if (gap.length) expect(elapses.map(iso)).not.toContain(gap[0]);
    }
  });
});
