import cliProgress from 'cli-progress';

/** Progress and messages go to stderr; data goes to stdout. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** A counted step: `Loading mentions: 10,000/52,311`, with a bar on a terminal. */
  progress(label: string, total: number): Progress;
}

export interface Progress {
  update(done: number): void;
  done(): void;
}

export const formatCount = (n: number | bigint): string => Number(n).toLocaleString('en-US');

export function stderrLogger(options: { quiet?: boolean } = {}): Logger {
  const tty = Boolean(process.stderr.isTTY);
  return {
    info(message) {
      if (!options.quiet) process.stderr.write(`${message}\n`);
    },
    warn(message) {
      process.stderr.write(`warning: ${message}\n`);
    },
    progress(label, total) {
      if (options.quiet) return { update() {}, done() {} };
      if (!tty) {
        let last = 0;
        return {
          update(done) {
            // Off a terminal, one line per tenth keeps CI logs readable.
            if (total > 0 && done - last >= total / 10) {
              last = done;
              process.stderr.write(`${label}: ${formatCount(done)}/${formatCount(total)}\n`);
            }
          },
          done() {
            if (last !== total) process.stderr.write(`${label}: ${formatCount(total)}/${formatCount(total)}\n`);
            last = total;
          },
        };
      }
      const bar = new cliProgress.SingleBar(
        { format: `${label} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true, clearOnComplete: false },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
      return {
        update: (done) => bar.update(done),
        done: () => {
          bar.update(total);
          bar.stop();
        },
      };
    },
  };
}

/** For tests and library use: remembers what was said, prints nothing. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(m),
    warn: (m) => void lines.push(`warning: ${m}`),
    progress: () => ({ update() {}, done() {} }),
  };
}
