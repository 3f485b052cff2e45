import type { Schedule } from './config-schema.ts';
import { scheduleRunArgs, type Invocation } from './crontab.ts';
import { cronToOnCalendar } from './on-calendar.ts';

export interface UnitFile {
  name: string;
  text: string;
}

export interface SystemdPrint {
  units: UnitFile[];
  /** One comment per schedule that got no units, saying why. */
  notes: string[];
}

/** An argument as systemd's ExecStart= and Environment= read it: quoted, with % and $ doubled. */
function systemdQuote(arg: string): string {
  const escaped = arg.replaceAll('%', '%%').replaceAll('$', '$$$$');
  return /^[\w/.,:=@+-]+$/.test(escaped) ? escaped : `"${escaped.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

export function systemdUnits(schedules: Schedule[], inv: Invocation): SystemdPrint {
  const units: UnitFile[] = [];
  const notes: string[] = [];
  for (const schedule of schedules) {
    if (!schedule.enabled) {
      notes.push(`${schedule.name}: disabled in listening.config.ts (enabled: false), so no units.`);
      continue;
    }
    const calendar = cronToOnCalendar(schedule.cron, schedule.timeZone);
    if (!calendar.ok) {
      notes.push(`${schedule.name}: "${schedule.cron}" cannot be expressed as OnCalendar=: ${calendar.reason}. Run it with listen schedule instead.`);
      continue;
    }
    const unit = `listen-${schedule.name}`;
    const what = `listen schedule ${schedule.name}${schedule.description ? `: ${schedule.description}` : ''}`.replaceAll('%', '%%');
    units.push({
      name: `${unit}.service`,
      text: [
        '[Unit]',
        `Description=${what}`,
        '',
        '[Service]',
        'Type=oneshot',
        `WorkingDirectory=${systemdQuote(inv.root)}`,
        ...Object.entries(inv.env).map(([key, value]) => `Environment=${systemdQuote(`${key}=${value}`)}`),
        '# Exits 3 when another run still holds the lock: that run is skipped (see listen schedule log).',
        `ExecStart=${scheduleRunArgs(inv, schedule.name, 'systemd').map(systemdQuote).join(' ')}`,
        '',
      ].join('\n'),
    });
    const seconds = schedule.cron.trim().split(/\s+/).length === 6;
    units.push({
      name: `${unit}.timer`,
      text: [
        '[Unit]',
        `Description=Timer of ${what} ("${schedule.cron}" in ${schedule.timeZone})`,
        '',
        '[Timer]',
        ...calendar.calendars.map((c) => `OnCalendar=${c}`),
        // The default accuracy of a minute would merge fires a few seconds apart.
        ...(seconds ? ['AccuracySec=1s'] : []),
        'Persistent=true',
        '',
        '[Install]',
        'WantedBy=timers.target',
        '',
      ].join('\n'),
    });
  }
  return { units, notes };
}

export function systemdText(print: SystemdPrint, inv: Invocation): string {
  const timers = print.units.filter((u) => u.name.endsWith('.timer')).map((u) => u.name);
  const head = [
    `# systemd units for the schedules of the listening workspace ${inv.root}, printed by: listen schedule --print systemd`,
    '# Write them as files with --out DIR, e.g. for your user:',
    '#   listen schedule --print systemd --out ~/.config/systemd/user',
    `#   systemctl --user daemon-reload && systemctl --user enable --now ${timers.join(' ') || '<timer>'}`,
    '#   loginctl enable-linger "$USER"   # so user timers fire while you are logged out',
    '# or system-wide into /etc/systemd/system (add User= to each .service) and drop --user.',
    '# OnCalendar= with a time zone needs systemd 235 or later; check one with: systemd-analyze calendar "<value>"',
    ...print.notes.map((note) => `# ${note}`),
  ];
  const body = print.units.map((unit) => `# ---- ${unit.name} ----\n${unit.text}`);
  return `${[head.join('\n'), ...body].join('\n')}`;
}
