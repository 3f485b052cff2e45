import { InvalidArgumentError, Option, type Command } from 'commander';

const actions = () => import('../schedule/cli-actions.ts');

export function register(program: Command): void {
  const schedule = program
    .command('schedule')
    .description('Run the schedules declared in listening.config.ts: a long-running scheduler (this command), one run now, crontab or systemd lines, the run log.')
    .addOption(new Option('--print [format]', 'print crontab lines or systemd .service + .timer units for the schedules instead of running them').choices(['crontab', 'systemd']))
    .option('--out <dir>', 'with --print systemd: write the unit files into this folder')
    .addHelpText(
      'after',
      '\nExamples:\n  listen schedule                          # fire every schedule in its zone until SIGINT/SIGTERM\n' +
        '  listen schedule list                     # schedules, their steps and next fire times\n' +
        '  listen schedule run daily-pipeline       # run one now (what cron and systemd call)\n' +
        '  listen schedule log --limit 5\n' +
        '  listen schedule --print crontab\n' +
        '  listen schedule --print systemd --out ~/.config/systemd/user\n\nSee docs/schedules.md.',
    )
    .action(async (opts: { print?: string | true; out?: string }) => {
      const { printSchedules, startScheduler } = await actions();
      process.exitCode = opts.print ? await printSchedules(opts.print === true ? 'crontab' : opts.print, opts.out) : await startScheduler();
    });

  schedule
    .command('run')
    .description('Run one schedule now, its steps in order; a step that fails stops the run, which then exits non-zero with the reason.')
    .argument('<name>', 'the schedule, as named in listening.config.ts')
    .option('--wait <seconds>', 'when another run is in progress, wait up to this long for it instead of skipping (exit 3)', parseWhole('--wait'), 0)
    .addOption(new Option('--trigger <how>', 'what started the run, for the log').choices(['manual', 'cron', 'systemd']).default('manual'))
    .option('--quiet', 'print nothing unless the run fails or is skipped (for cron, which mails any output)')
    .action(async (name: string, opts: { wait: number; trigger: 'manual' | 'cron' | 'systemd'; quiet?: boolean }) => {
      const { runOnce } = await actions();
      process.exitCode = await runOnce(name, opts);
    });

  schedule
    .command('list')
    .description('Show the schedules, their steps and their next fire times in their zones.')
    .option('--next <n>', 'how many next fire times to show', parseWhole('--next'), 3)
    .action(async (opts: { next: number }) => {
      const { listSchedules } = await actions();
      await listSchedules(opts.next);
    });

  schedule
    .command('log')
    .description('Show the last scheduled runs: status, exit code, each step with its duration and outputs, the reason of a failure.')
    .option('--limit <n>', 'how many runs', parseWhole('--limit'), 10)
    .option('--schedule <name>', 'only the runs of this schedule')
    .option('--json', 'print the records as NDJSON')
    .action(async (opts: { limit: number; schedule?: string; json?: boolean }) => {
      const { showLog } = await actions();
      await showLog(opts);
    });
}

function parseWhole(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${flag} must be a whole number (got ${value}).`);
    return n;
  };
}
