import type { Schedule } from './config-schema.ts';
import { shQuote as quote } from './sh-quote.ts';

/** How a printed line starts `listen schedule run`: the workspace, this node, this CLI, the env it needs. */
export interface Invocation {
  root: string;
  node: string;
  cli: string;
  env: Record<string, string>;
}

const NICKNAMES = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@hourly']);
const MONTHS = 'JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC';
const DAYS = 'SUN|MON|TUE|WED|THU|FRI|SAT';

/** The five crontab fields of a croner expression, or why cron cannot read it. */
export function crontabFields(cron: string): { ok: true; fields: string } | { ok: false; reason: string } {
  const text = cron.trim();
  if (text.startsWith('@')) return NICKNAMES.has(text.toLowerCase()) ? { ok: true, fields: text.toLowerCase() } : { ok: false, reason: `cron does not know the nickname ${text}` };
  let parts = text.split(/\s+/);
  if (parts.length === 6) {
    if (!/^0+$/.test(parts[0])) return { ok: false, reason: `it fires on seconds ("${parts[0]}"), and cron's smallest unit is a minute` };
    parts = parts.slice(1);
  }
  const plain = [/^[\d*,/-]+$/, /^[\d*,/-]+$/, /^[\d*,/-]+$/, new RegExp(`^([\\d*,/-]|${MONTHS})+$`, 'i'), new RegExp(`^([\\d*,/-]|${DAYS})+$`, 'i')];
  const odd = parts.findIndex((part, i) => !plain[i].test(part));
  if (odd >= 0) return { ok: false, reason: `"${parts[odd]}" uses croner syntax (L, W, # or ?) that cron does not know` };
  return { ok: true, fields: parts.join(' ') };
}

/** The command a crontab line or a systemd unit runs, as a shell would read it. */
export function scheduleRunArgs(inv: Invocation, schedule: string, trigger: 'cron' | 'systemd'): string[] {
  // cron mails any output, so its runs speak only on failure; systemd keeps output in the journal.
  return [inv.node, inv.cli, 'schedule', 'run', schedule, '--trigger', trigger, ...(trigger === 'cron' ? ['--quiet'] : [])];
}

export function crontabText(schedules: Schedule[], inv: Invocation): string {
  const env = Object.entries(inv.env).map(([key, value]) => `${key}=${quote(value)} `).join('');
  const lines = [
    `# Schedules of the listening workspace ${inv.root} (listening.config.ts), printed by: listen schedule --print crontab`,
    '# Add these lines at the END of your crontab (crontab -e): a CRON_TZ= line sets the zone of every line below it.',
    '# Each line runs one schedule once; it prints only when the run fails, so cron mails you the reason.',
    '# Runs are logged in data/schedule/ (listen schedule log); a run that finds another still running is skipped and exits 3.',
    "# CRON_TZ is read by cronie (Fedora, RHEL, Arch, openSUSE) and the BSD crons. Debian's and Ubuntu's cron and busybox",
    "# crond ignore it and read every line in the machine's zone: there, use listen schedule --print systemd, or keep",
    '# listen schedule (the long-running scheduler) running as a service.',
  ];
  for (const schedule of schedules) {
    lines.push('', `# ${schedule.name}: "${schedule.cron}" in ${schedule.timeZone}${schedule.description ? ` (${schedule.description})` : ''}`);
    const fields = crontabFields(schedule.cron);
    if (!fields.ok) {
      lines.push(`# cannot be expressed in crontab: ${fields.reason}. Run it with listen schedule, or use --print systemd.`);
      continue;
    }
    const command = `cd ${quote(inv.root)} && ${env}${scheduleRunArgs(inv, schedule.name, 'cron').map((a) => quote(a)).join(' ')}`;
    // cron turns an unescaped % in the command into a newline.
    const line = `${fields.fields} ${command.replaceAll('%', '\\%')}`;
    if (!schedule.enabled) lines.push('# disabled in listening.config.ts (enabled: false):', `# CRON_TZ=${schedule.timeZone}`, `# ${line}`);
    else lines.push(`CRON_TZ=${schedule.timeZone}`, line);
  }
  return `${lines.join('\n')}\n`;
}
